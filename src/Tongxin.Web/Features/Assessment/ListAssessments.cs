namespace Tongxin.Web.Features.Assessment;

/// <summary>
/// 评分: the assessments of a year the viewer may see, with stage and totals (self, each reviewer, final or live).
/// </summary>
public sealed class ListAssessments(TongxinDb db, AssessmentSheet sheet, AssessmentViewer viewer) : IHandler
{
    public sealed record Row(
        Guid Id, Guid SchemeId, string Scheme, string Node, AssessmentStage Stage, int SelfTotal,
        IReadOnlyList<string> Reviewers, IReadOnlyList<int> ReviewerTotals, int Total, bool Frozen);

    public async Task<IReadOnlyList<Row>> HandleAsync(int year, CancellationToken ct = default)
    {
        var visible = await AssessmentAccess.Visible(db, viewer).AsNoTracking().Where(a => a.Year == year)
            .Select(a => new { a.Id, a.SchemeId }).ToListAsync(ct);
        var rows = new List<Row>();
        foreach (var group in visible.GroupBy(v => v.SchemeId))
        {
            var loaded = await sheet.LoadAsync(group.Key, group.Select(g => g.Id).ToList(), ct);
            if (loaded is null) continue;
            rows.AddRange(loaded.Sheets.Select(s => new Row(
                s.Assessment.Id, loaded.Scheme.Id, loaded.Scheme.Title, s.Node.Name, s.Assessment.Stage, s.SelfTotal,
                s.Reviewers.Select(r => r.Name).ToList(), viewer.AssignedOnly ? [] : s.ReviewerTotals, s.Total,
                s.Assessment.Stage == AssessmentStage.Published)));
        }
        return rows;
    }
}
