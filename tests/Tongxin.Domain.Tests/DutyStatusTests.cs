using Tongxin.Domain.Duties;

namespace Tongxin.Domain.Tests;

public sealed class DutyStatusTests
{
    [Theory]
    [Trait("Req", "OBL-2")]
    // done, minimum, year, today, existsFrom, status, required
    // first day of the year: nothing expected yet
    [InlineData(0, 2, 2026, "2026-01-01", null, DutyStatus.OnTrack, 2)]
    [InlineData(0, 1, 2026, "2026-06-30", null, DutyStatus.OnTrack, 1)]          // 1 × 181/365 rounds down to 0
    [InlineData(0, 2, 2026, "2026-07-02", null, DutyStatus.Behind, 2)]           // 2 × 183/365 = 1.003 → 1 expected
    [InlineData(1, 2, 2026, "2026-07-02", null, DutyStatus.OnTrack, 2)]
    // fewer than a quarter of the year left
    [InlineData(1, 3, 2026, "2026-10-01", null, DutyStatus.Behind, 3)]
    [InlineData(2, 2, 2026, "2026-03-01", null, DutyStatus.Done, 2)]
    [InlineData(5, 2, 2026, "2026-12-31", null, DutyStatus.Done, 2)]             // the last day
    [InlineData(1, 2, 2026, "2026-12-31", null, DutyStatus.Behind, 2)]           // last day, not yet over
    [InlineData(1, 2, 2025, "2026-01-01", null, DutyStatus.Missed, 2)]           // a year already over
    [InlineData(2, 2, 2025, "2026-06-01", null, DutyStatus.Done, 2)]
    // leap year: 3 × 183/366 = 1.5 → 1 expected
    [InlineData(0, 3, 2024, "2024-07-01", null, DutyStatus.Behind, 3)]
    [InlineData(0, 2, 2024, "2024-02-29", null, DutyStatus.OnTrack, 2)]          // leap day: 2 × 60/366 → 0
    // existed under half the year: 2 × 182/365 = 0.997 rounds up to 1
    [InlineData(0, 2, 2026, "2026-07-15", "2026-07-03", DutyStatus.OnTrack, 1)]
    [InlineData(0, 2, 2026, "2026-07-15", "2026-07-01", DutyStatus.OnTrack, 2)]  // 2 × 184/365 = 1.008 rounds up to 2
    [InlineData(0, 3, 2026, "2026-12-31", "2027-01-05", DutyStatus.Done, 0)]     // did not exist that year
    [InlineData(0, 2, 2027, "2026-11-29", null, DutyStatus.OnTrack, 2)]          // a future year
    public void Status_for_every_boundary(int done, int minimum, int year, string today, string? from,
        DutyStatus status, int required)
    {
        var j = DutyStatusRule.Judge(done, minimum, year, DateOnly.Parse(today),
            from is null ? null : DateOnly.Parse(from));
        j.Status.ShouldBe(status);
        j.Required.ShouldBe(required);
        j.Done.ShouldBe(done);
    }

    [Theory]
    [Trait("Req", "OBL-2")]
    [InlineData("2026-03-28", 2026, 28, true)]
    [InlineData("2026-03-27", 2026, 28, false)]
    [InlineData("2026-02-28", 2026, 28, true)]
    [InlineData("2025-12-28", 2026, 28, false)]    // another year
    [InlineData("2026-01-01", 2026, null, true)]
    [InlineData("2026-12-31", 2026, null, true)]
    public void The_date_condition_of_a_rule(string date, int year, int? day, bool counts) =>
        DutyStatusRule.Counts(DateOnly.Parse(date), year, day).ShouldBe(counts);

    [Fact]
    [Trait("Req", "OBL-2")]
    public void Missing_is_what_is_left_to_do()
    {
        DutyStatusRule.Judge(1, 3, 2026, new DateOnly(2026, 11, 29)).Missing.ShouldBe(2);
        DutyStatusRule.Judge(4, 3, 2026, new DateOnly(2026, 11, 29)).Missing.ShouldBe(0);
    }
}
