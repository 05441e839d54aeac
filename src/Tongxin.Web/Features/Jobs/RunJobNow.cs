namespace Tongxin.Web.Features.Jobs;

/// <summary>
/// "Run now" on the 定时任务 page: audited first (the request stands even if the job then fails), then run here and
/// at once, so the administrator sees the outcome. The jobs are idempotent (a notice per user and day, disabling a
/// disabled account, purging what is already gone), so a run now beside a scheduled firing does no harm.
/// </summary>
public sealed class RunJobNow(TongxinDb db, CurrentUser user, JobRunner runner) : IHandler
{
    public const string AuditEvent = Data.Audit.AuditEvents.JobRunNow;

    public async Task<ListJobs.Run> HandleAsync(string name, CancellationToken ct = default)
    {
        user.Require(Permissions.JobManage);
        var job = ScheduledJobs.Find(name) ?? throw new NotFoundException(Loc.T("定时任务", "Scheduled job"));
        db.AddAuditEvent(AuditEvent, "ScheduledJob", job.Name);
        await db.SaveChangesAsync(ct);
        var r = await runner.RunAsync(job, null, user.UserName, ct);
        return new ListJobs.Run(r.Id, r.StartedUtc, r.EndedUtc, r.Success, r.Message, r.Instance, r.StartedBy);
    }
}
