namespace Tongxin.Web.Features.Jobs;

/// <summary>
/// This process's name in the cluster: the Quartz instance id and the <see cref="JobRun.Instance"/> of runs made by
/// hand, so the 定时任务 page says which instance ran what.
/// </summary>
public sealed class JobInstance
{
    public string Id { get; } =
        $"{Environment.MachineName}-{Environment.ProcessId}-{Guid.NewGuid().ToString("N")[..6]}";
}
