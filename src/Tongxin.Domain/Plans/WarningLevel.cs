namespace Tongxin.Domain.Plans;

/// <summary>PLN-6: 正常, then 蓝 → 黄 → 红 → 通报; a higher level wins.</summary>
public enum WarningLevel
{
    None = 0,
    Blue = 1,
    Yellow = 2,
    Red = 3,
    Reported = 4,
}

/// <summary>
/// The ladder's settings (系统设置): 蓝 when a milestone is due within <see cref="BlueDays"/>; 黄 after
/// <see cref="StallDays"/> without an evidenced update (and pace is judged only once the period is that old);
/// 通报 when overdue by <see cref="ReportDays"/> or more.
/// </summary>
public sealed record LadderSettings(int BlueDays = 7, int StallDays = 30, int ReportDays = 14)
{
    public static readonly LadderSettings Default = new();
}

public sealed record MilestoneDate(DateOnly DueOn, DateOnly? DoneOn = null);

/// <summary>A progress update: the value reached on a date, and whether it carried evidence (PLN-7).</summary>
public sealed record ProgressPoint(DateOnly Date, int Done, bool HasEvidence);

public sealed record TaskFacts(DateOnly StartsOn, DateOnly EndsOn, int Target,
    IReadOnlyList<MilestoneDate> Milestones, IReadOnlyList<ProgressPoint> Updates);

/// <summary>The level, why (in the reader's language), the value judged, and the last evidenced update.</summary>
public sealed record Verdict(WarningLevel Level, string Reason, int Done, DateOnly? LastEvidenceOn);
