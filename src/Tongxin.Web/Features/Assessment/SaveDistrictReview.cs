namespace Tongxin.Web.Features.Assessment;

/// <summary>
/// 审核评分 (ASM-3): the district scores each hand-scored item with a note; it can return the sheet to the town
/// with a reason, or send it to 联评 with its reviewers (users holding the 评审人 role, at least one) once every
/// item is scored.
/// </summary>
public sealed class SaveDistrictReview(TongxinDb db, AssessmentViewer viewer) : IHandler
{
    public enum Action { Save = 0, Return = 1, ToJointReview = 2 }

    public sealed record Request(
        ItemScoreInput[]? Items, Action Action, string? Reason, string[]? Reviewers, long Version);

    public async Task HandleAsync(Guid id, Request r, CancellationToken ct = default)
    {
        var a = await AssessmentAccess.FindAsync(db, viewer, id, ct);
        AssessmentAccess.RequireStage(a, AssessmentStage.DistrictReview);
        var parsed = await ItemScores.ParseAsync(db, a, r.Items, 1000, ct);
        var scores = await db.Scores.Where(s => s.AssessmentId == id).ToListAsync(ct);
        foreach (var (indicator, (score, note)) in parsed)
            if (scores.FirstOrDefault(s => s.IndicatorId == indicator) is { } row)
                (row.DistrictScore, row.DistrictNote) = (score, note);
        if (r.Action == Action.Return)
        {
            if (Check.Clean(r.Reason) is null)
                throw new InvalidInputException(nameof(r.Reason), Loc.T("退回须写明原因",
                    "Give a reason for sending back"));
            a.Stage = AssessmentStage.SelfAssessment;
            db.AddAuditEvent("return", nameof(TownAssessment), a.Id.ToString(), a.NodePath,
                details: new { reason = r.Reason!.Trim() });
        }
        else if (r.Action == Action.ToJointReview)
        {
            var missing = await ItemScores.UnscoredAsync(db, a, s => s.DistrictScore is not null, ct);
            var check = new Check().That(missing.Count == 0, "Items",
                Loc.T($"还有 {missing.Count} 项未审核评分：{string.Join("、", missing.Take(5))}",
                $"{missing.Count} items not reviewed yet: {string.Join(", ", missing.Take(5))}"));
            var ids = (r.Reviewers ?? []).Distinct().ToList();
            var reviewers = await ListReviewers.InScopeAsync(db, ids, ct);
            check.That(ids.Count > 0, nameof(r.Reviewers),
                    Loc.T("请至少指定一位评审人", "Assign at least one reviewer"))
                .That(reviewers.Count == ids.Count, nameof(r.Reviewers),
                    Loc.T("评审人须为本范围内启用的“评审人”账号",
                        "Reviewers must be enabled Reviewer accounts within your scope"));
            check.ThrowIfAny();
            db.AssessmentReviewers.RemoveRange(
                await db.AssessmentReviewers.Where(x => x.AssessmentId == id).ToListAsync(ct));
            foreach (var u in reviewers)
                db.AssessmentReviewers.Add(new AssessmentReviewer
                {
                    AssessmentId = id, ReviewerId = u.Id, ReviewerName = u.Name, NodeId = a.NodeId,
                    NodePath = a.NodePath,
                });
            a.Stage = AssessmentStage.JointReview;
        }
        ItemScores.Touch(db, a, r.Version);
        await db.SaveChangesAsync(ct);
    }
}
