namespace Tongxin.Data.Entities;

/// <summary>
/// One run of a scheduled job (SYS-10): when, on which instance, by whom if run by hand, and the outcome.
/// </summary>
public sealed class JobRun : Entity
{
    public required string Job { get; set; }
    public DateTime StartedUtc { get; set; }
    public DateTime? EndedUtc { get; set; }
    /// <summary>Null while running.</summary>
    public bool? Success { get; set; }
    public string? Message { get; set; }
    /// <summary>The scheduler instance (or host) that ran it; two instances never both run one firing.</summary>
    public required string Instance { get; set; }
    /// <summary>The firing it served, for scheduled runs: one row per firing across the cluster.</summary>
    public DateTime? ScheduledUtc { get; set; }
    /// <summary>The user who pressed "run now"; null for scheduled runs.</summary>
    public string? StartedBy { get; set; }
}
