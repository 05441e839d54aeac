namespace Tongxin.Domain.Time;

/// <summary>
/// The calendar in China (Asia/Shanghai, UTC+8 all year). Users record and read dates as Beijing dates, so "today"
/// is the Beijing date: before 08:00 Beijing time the UTC date is still yesterday.
/// </summary>
public static class ChinaTime
{
    public static readonly TimeZoneInfo Zone = FindZone();

    /// <summary>The Beijing date at the instant <paramref name="now"/>.</summary>
    public static DateOnly Date(DateTimeOffset now) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, Zone).DateTime);

    /// <summary>Today in Beijing by the given clock (the app's <see cref="TimeProvider"/>).</summary>
    public static DateOnly Today(TimeProvider clock) => Date(clock.GetUtcNow());

    // The IANA id works on Linux and on Windows with ICU; a host without time-zone data gets the fixed offset,
    // which is exact because China has kept UTC+8 without daylight saving since 1991.
    private static TimeZoneInfo FindZone()
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");
        }
        catch (TimeZoneNotFoundException)
        {
            return TimeZoneInfo.CreateCustomTimeZone("Asia/Shanghai", TimeSpan.FromHours(8), "China", "China");
        }
    }
}
