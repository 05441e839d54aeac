namespace Tongxin.Web.Features.Jobs;

/// <summary>Configuration section "Tongxin:Jobs" (SYS-10).</summary>
public sealed class JobOptions
{
    public const string Section = "Tongxin:Jobs";

    /// <summary>
    /// Runs the scheduler in this process. Off in the integration tests (dozens of hosts start there); the tests
    /// about scheduling turn it on, and every job can still be run by hand from the 定时任务 page.
    /// </summary>
    public bool Enabled { get; set; } = true;

    /// <summary>SEC-6: accounts not signed in to for this many days are disabled.</summary>
    public int IdleAccountDays { get; set; } = 90;

    /// <summary>SEC-16: audit rows older than this are purged; the job refuses a value under 180.</summary>
    public int AuditRetentionDays { get; set; } = 3 * 365;

    /// <summary>A Quartz cron expression per job name, replacing the job's default schedule.</summary>
    public Dictionary<string, string> Schedules { get; set; } = [];

    public string CronFor(ScheduledJobInfo job) => Schedules.GetValueOrDefault(job.Name) ?? job.DefaultCron;
}
