namespace Tongxin.Web.Features.Assessment;

/// <summary>
/// 自评 (ASM-3): the town scores each hand-scored item and writes its evidence; submitting sends it to 审核评分
/// and needs every item scored. An item without evidence is accepted but counts for nothing unless the district
/// scores it.
/// </summary>
public sealed class SaveSelfAssessment(TongxinDb db, TimeProvider clock, AssessmentViewer viewer) : IHandler
{
    public sealed record Request(ItemScoreInput[]? Items, bool Submit, long Version);

    public async Task HandleAsync(Guid id, Request r, CancellationToken ct = default)
    {
        var a = await AssessmentAccess.FindAsync(db, viewer, id, ct);
        AssessmentAccess.RequireStage(a, AssessmentStage.SelfAssessment);
        var parsed = await ItemScores.ParseAsync(db, a, r.Items, 2000, ct);
        var scores = await db.Scores.Where(s => s.AssessmentId == id).ToListAsync(ct);
        foreach (var (indicator, (score, note)) in parsed)
            if (scores.FirstOrDefault(s => s.IndicatorId == indicator) is { } row)
                (row.SelfScore, row.Evidence) = (score, note);
        if (r.Submit)
        {
            var missing = await ItemScores.UnscoredAsync(db, a, s => s.SelfScore is not null, ct);
            if (missing.Count > 0) throw new InvalidInputException("Items",
                Loc.T($"还有 {missing.Count} 项未自评：{string.Join("、", missing.Take(5))}",
                $"{missing.Count} items not self-assessed yet: {string.Join(", ", missing.Take(5))}"));
            (a.Stage, a.SubmittedUtc) = (AssessmentStage.DistrictReview, clock.GetUtcNow().UtcDateTime);
        }
        ItemScores.Touch(db, a, r.Version);
        await db.SaveChangesAsync(ct);
    }
}
