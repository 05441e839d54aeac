using Microsoft.Extensions.Options;
using Quartz;

namespace Tongxin.Web.Features.Jobs;

/// <summary>The 定时任务 page (SYS-10): each job, its schedule, its next firing, its last run and outcome.
/// </summary>
public sealed class ListJobs(TongxinDb db, IOptions<JobOptions> options, IServiceProvider services, CurrentUser user)
    : IHandler
{
    public sealed record Run(Guid Id, DateTime StartedUtc, DateTime? EndedUtc, bool? Success, string? Message,
        string Instance, string? StartedBy);
    public sealed record Row(string Name, string Title, string Cron, DateTime? NextUtc, Run? Last,
        IReadOnlyList<Run> Recent);
    public sealed record Result(
        bool SchedulerRunning, string? Instance, bool Persistent, bool Clustered, IReadOnlyList<Row> Jobs);

    public async Task<Result> HandleAsync(CancellationToken ct = default)
    {
        user.Require(Permissions.JobManage);
        var scheduler = options.Value.Enabled && services.GetService<ISchedulerFactory>() is { } f
            ? await f.GetScheduler(ct) : null;
        var running = scheduler is { Status: SchedulerStatus.Running };
        var meta = running ? await scheduler!.GetMetadata(ct) : null;
        var rows = new List<Row>();
        foreach (var job in ScheduledJobs.All)
        {
            var recent = await db.Set<JobRun>().AsNoTracking().Where(r => r.Job == job.Name)
                .OrderByDescending(r => r.StartedUtc).Take(5)
                .Select(r => new Run(r.Id, r.StartedUtc, r.EndedUtc, r.Success, r.Message, r.Instance, r.StartedBy))
                .ToListAsync(ct);
            var next = running
                ? (await scheduler!.GetTrigger(new TriggerKey(job.Name, JobsSetup.Group), ct))?.NextFireTimeUtc
                : null;
            rows.Add(new Row(job.Name, job.Title, options.Value.CronFor(job), next?.UtcDateTime,
                recent.FirstOrDefault(), recent));
        }
        return new Result(running, meta?.SchedulerInstanceId, meta?.JobStorePersistent == true,
            meta?.JobStoreClustered == true, rows);
    }
}
