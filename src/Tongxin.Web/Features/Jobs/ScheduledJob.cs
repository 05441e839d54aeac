namespace Tongxin.Web.Features.Jobs;

/// <summary>
/// 定时任务 (SYS-10): a unit of scheduled work. It runs in its own DI scope as the system principal and returns
/// what it did in words (kept as the run's message); throwing marks the run failed.
/// </summary>
public interface IScheduledJob
{
    Task<string> RunAsync(CancellationToken ct);
}

/// <summary>A job's name (its Quartz key), its (中文, English) title and its default Quartz cron schedule.</summary>
public sealed record ScheduledJobInfo(string Name, string Zh, string En, string DefaultCron, Type Type)
{
    public string Title => Loc.T(Zh, En);
}

public static class ScheduledJobs
{
    // Quartz cron: seconds first; times are Beijing time. Spread over the night so they do not overlap.
    public static readonly IReadOnlyList<ScheduledJobInfo> All =
    [
        new(DisableIdleAccounts.Name, "停用长期未登录账号", "Disable idle accounts", "0 10 2 * * ?",
            typeof(DisableIdleAccounts)),
        new(PurgeAudit.Name, "清理过期审计日志", "Purge expired audit rows", "0 40 2 * * ?", typeof(PurgeAudit)),
        new(DutyReminders.Name, "制度任务滞后提醒", "Duty reminders", "0 30 7 * * ?", typeof(DutyReminders)),
        new(Plans.RaiseWarnings.Name, "任务预警（蓝黄红）", "Task warnings", "0 0 7 * * ?", typeof(Plans.RaiseWarnings)),
    ];

    public static ScheduledJobInfo? Find(string name) => All.FirstOrDefault(j => j.Name == name);
}
