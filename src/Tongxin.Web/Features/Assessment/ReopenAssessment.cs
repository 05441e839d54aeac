using Tongxin.Data.Audit;

namespace Tongxin.Web.Features.Assessment;

/// <summary>
/// 重新打开 a published result (ASM-3): needs a reason, is written to the audit log with the frozen total, and
/// takes the town back to 联评; its row leaves the published ranking until it is published again.
/// </summary>
public sealed class ReopenAssessment(TongxinDb db, AssessmentViewer viewer) : IHandler
{
    public async Task HandleAsync(Guid id, string? reason, CancellationToken ct = default)
    {
        var a = await AssessmentAccess.FindAsync(db, viewer, id, ct);
        if (a.Stage != AssessmentStage.Published)
            throw new ConflictException(Loc.T("只有已公布的考核可以重新打开",
                "Only a published assessment can be reopened"));
        if (Check.Clean(reason) is not { } why)
            throw new InvalidInputException("Reason", Loc.T("重新打开须写明原因（记入审计日志）",
                "Give a reason for reopening (it is written to the audit log)"));
        await using var tx = await db.BeginWriteAsync(ct);
        db.AddAuditEvent(AuditEvents.Reopen, nameof(TownAssessment), a.Id.ToString(), a.NodePath,
            details: new { reason = why, frozenTotal = a.FinalScore });
        (a.Stage, a.FinalScore) = (AssessmentStage.JointReview, null);
        foreach (var s in await db.Scores.Where(s => s.AssessmentId == id).ToListAsync(ct)) s.Final = null;
        db.AssessmentResults.RemoveRange(await db.AssessmentResults.Where(r => r.AssessmentId == id).ToListAsync(ct));
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
    }
}
