using Quartz;

namespace Tongxin.Web.Features.Jobs;

/// <summary>
/// The one Quartz job class: its key names the <see cref="ScheduledJobInfo"/> to run. Concurrent runs of one key are
/// refused by the job's registration (across the cluster on the persistent store).
/// </summary>
public sealed class QuartzJob(JobRunner runner) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        if (ScheduledJobs.Find(context.JobDetail.Key.Name) is not { } job) return;
        await runner.RunAsync(job, context.ScheduledFireTimeUtc?.UtcDateTime, null, cancellationToken);
    }
}
