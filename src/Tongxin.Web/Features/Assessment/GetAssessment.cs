using Tongxin.Domain.Assessment;

namespace Tongxin.Web.Features.Assessment;

/// <summary>
/// One score sheet: every item with points, auto facts, 自评 and evidence, 审核评分, each reviewer's score and
/// the final with where it came from. A reviewer sees only their own column.
/// </summary>
public sealed class GetAssessment(TongxinDb db, AssessmentSheet sheet, AssessmentViewer viewer) : IHandler
{
    public sealed record Result(AssessmentSheet.Loaded Loaded, AssessmentSheet.Sheet Sheet, int? MyColumn);

    public async Task<Result> HandleAsync(Guid id, CancellationToken ct = default)
    {
        var a = await AssessmentAccess.FindAsync(db, viewer, id, ct);
        var loaded = await sheet.LoadAsync(a.SchemeId, [a.Id], ct) ?? throw new NotFoundException(Loc.T("考核",
            "Assessment"));
        var s = loaded.Sheets.Single();
        var mine = s.Reviewers.Select((r, k) => (r, k)).Where(x => x.r.Id == viewer.UserId).Select(x => (int?)x.k)
            .FirstOrDefault();
        if (viewer.AssignedOnly)
        {
            // Only the reviewer's own column: the others' scores are not theirs to see.
            var column = mine ?? -1;
            s = s with
            {
                Reviewers = s.Reviewers.Where((_, k) => k == column).ToList(),
                ReviewerTotals = s.ReviewerTotals.Where((_, k) => k == column).ToList(),
                ReviewerOwnTotals = s.ReviewerOwnTotals.Where((_, k) => k == column).ToList(),
                Items = s.Items.Select(i => i with
                {
                    ReviewerScores = i.ReviewerScores.Where((_, k) => k == column).ToList(),
                }).ToList(),
            };
            mine = column >= 0 ? 0 : null;
        }
        return new Result(loaded, s, mine);
    }

    public static string Basis(ScoreBasis basis) => basis switch
    {
        ScoreBasis.Auto => Loc.T("自动", "Automatic"),
        ScoreBasis.ReviewerMean => Loc.T("联评均分", "Joint review mean"),
        ScoreBasis.District => Loc.T("审核评分", "District review"),
        ScoreBasis.Self => Loc.T("自评（有佐证）", "Self-assessment (with evidence)"),
        _ => Loc.T("无佐证", "No evidence"),
    };
}
