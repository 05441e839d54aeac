namespace Tongxin.Domain.Duties;

/// <summary>落实情况 (OBL-2): 已完成, 正常, 滞后, 未完成.</summary>
public enum DutyStatus
{
    Done = 1,
    OnTrack = 2,
    Behind = 3,
    Missed = 4,
}

/// <summary>
/// The judgement for one rule × subject × year: the status and the count shown as <c>done / required</c>.
/// </summary>
public sealed record DutyJudgement(DutyStatus Status, int Done, int Required, int ExpectedByNow)
{
    public int Missing => Math.Max(0, Required - Done);
}

/// <summary>
/// OBL-2 as a pure function. A subject that exists only part of the year (from <c>existsFrom</c>) is judged on the
/// share of the year it existed, rounded up. Behind when the count is below the minimum × elapsed share (rounded
/// down), or when less than a quarter of the year is left and the minimum is not reached. A year that is over is
/// 已完成 or 未完成.
/// </summary>
public static class DutyStatusRule
{
    public static DutyJudgement Judge(int done, int minimum, int year, DateOnly today, DateOnly? existsFrom = null)
    {
        var first = new DateOnly(year, 1, 1);
        var last = new DateOnly(year, 12, 31);
        var daysInYear = last.DayNumber - first.DayNumber + 1;
        var from = existsFrom is { } f && f > first ? f : first;
        if (from > last) return new DutyJudgement(DutyStatus.Done, done, 0, 0); // did not exist that year: nothing owed
        var existingDays = last.DayNumber - from.DayNumber + 1;
        var required = (int)Math.Ceiling(minimum * (decimal)existingDays / daysInYear);
        if (today > last)
            return new DutyJudgement(done >= required ? DutyStatus.Done : DutyStatus.Missed, done, required, required);
        if (done >= required) return new DutyJudgement(DutyStatus.Done, done, required, required);
        if (today < from) return new DutyJudgement(DutyStatus.OnTrack, done, required, 0);
        var elapsed = today.DayNumber - from.DayNumber + 1;
        var expected = (int)Math.Floor(required * (decimal)elapsed / existingDays);
        var daysLeft = last.DayNumber - today.DayNumber;
        var behind = done < expected || daysLeft < daysInYear / 4m;
        return new DutyJudgement(behind ? DutyStatus.Behind : DutyStatus.OnTrack, done, required, expected);
    }

    /// <summary>The date condition of a rule (R10: only activities on the 28th of a month).</summary>
    public static bool Counts(DateOnly activityDate, int year, int? dayOfMonth) =>
        activityDate.Year == year && (dayOfMonth is not { } d || activityDate.Day == d);
}
