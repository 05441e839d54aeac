namespace Tongxin.Web.Features.Assessment;

/// <summary>
/// 联评 (ASM-3): an assigned reviewer scores the hand-scored items; an empty score withdraws theirs for that item.
/// </summary>
public sealed class SaveReviewerScores(TongxinDb db, AssessmentViewer viewer) : IHandler
{
    public sealed record Request(ItemScoreInput[]? Items);

    public async Task HandleAsync(Guid id, Request r, CancellationToken ct = default)
    {
        var a = await AssessmentAccess.FindAsync(db, viewer, id, ct);
        if (!await db.AssessmentReviewers.AnyAsync(x => x.AssessmentId == id && x.ReviewerId == viewer.UserId,
            ct)) throw new NotFoundException(Loc.T("考核", "Assessment"));
        AssessmentAccess.RequireStage(a, AssessmentStage.JointReview);
        var parsed = await ItemScores.ParseAsync(db, a, r.Items, 1000, ct);
        var mine = await db.ReviewerScores.Where(x => x.AssessmentId == id && x.ReviewerId == viewer.UserId)
            .ToListAsync(ct);
        foreach (var (indicator, (score, note)) in parsed)
        {
            var row = mine.FirstOrDefault(x => x.IndicatorId == indicator);
            if (score is null) { if (row is not null) db.ReviewerScores.Remove(row); continue; }
            row ??= db.ReviewerScores.Add(new ReviewerScore
            {
                AssessmentId = id, IndicatorId = indicator,
                ReviewerId = viewer.UserId!, NodeId = a.NodeId, NodePath = a.NodePath
            }).Entity;
            (row.Score, row.Note) = (score.Value, note);
        }
        await db.SaveChangesAsync(ct);
    }
}
