using Tongxin.Domain.Time;

namespace Tongxin.Domain.Tests;

public sealed class ChinaTimeTests
{
    [Theory]
    [Trait("Req", "OBL-1")]
    [InlineData("2026-12-01T23:30:00Z", "2026-12-02")] // 07:30 in Beijing: the UTC date is still yesterday
    [InlineData("2026-12-01T15:59:59Z", "2026-12-01")] // 23:59:59 in Beijing
    [InlineData("2026-12-01T16:00:00Z", "2026-12-02")] // Beijing midnight
    [InlineData("2026-12-31T16:00:00Z", "2027-01-01")] // a new year starts in Beijing first
    [InlineData("2026-12-02T08:00:00+08:00", "2026-12-02")] // an offset other than UTC is converted too
    public void Today_is_the_Beijing_date(string instant, string expected)
    {
        var now = DateTimeOffset.Parse(instant, System.Globalization.CultureInfo.InvariantCulture);
        ChinaTime.Date(now).ShouldBe(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture));
        ChinaTime.Today(new FixedClock(now)).ShouldBe(ChinaTime.Date(now));
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now.ToUniversalTime();
    }
}
