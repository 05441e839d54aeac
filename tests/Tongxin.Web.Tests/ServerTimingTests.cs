using System.Globalization;
using System.Text.RegularExpressions;

namespace Tongxin.Web.Tests;

/// <summary>Issue 6: the benchmark sets each endpoint's time against its database time, read from
/// Server-Timing.</summary>
public abstract partial class ServerTimingTests(TestApp app)
{
    [Fact]
    [Trait("Req", "SEC-20")]
    public async Task Responses_carry_no_timings_unless_the_operator_turns_them_on()
    {
        var staff = await app.SignInAs("staff");
        var people = await staff.GetAsync("/api/v1/people?pageSize=20");
        people.EnsureSuccessStatusCode();
        people.Headers.Contains("Server-Timing").ShouldBeFalse();
    }

    [Fact]
    [Trait("Req", "SEC-20")]
    public async Task With_timings_on_a_list_reports_its_database_time_and_statements_within_the_request_time()
    {
        await using var fresh = await app.FreshAsync(new() { ["Tongxin:ServerTiming"] = "true" });
        var staff = await fresh.SignInAs("staff");
        var people = await staff.GetAsync("/api/v1/people?category=C03&pageSize=20");
        people.EnsureSuccessStatusCode();
        var (db, statements, total) = Parse(people.Headers.GetValues("Server-Timing").Single());
        statements.ShouldBeGreaterThanOrEqualTo(3); // at least the count, the page's ids and its rows
        db.ShouldBeGreaterThan(0);
        db.ShouldBeLessThanOrEqualTo(total);

        // Each request is measured on its own: a page without any query reports none.
        var css = await fresh.Anonymous().GetAsync("/css/app.css");
        Parse(css.Headers.GetValues("Server-Timing").Single()).Statements.ShouldBe(0);
        var compliance = await staff.GetAsync("/api/v1/duties/compliance?pageSize=50");
        compliance.EnsureSuccessStatusCode();
        Parse(compliance.Headers.GetValues("Server-Timing").Single()).Statements.ShouldBeGreaterThan(2);
    }

    private static (double Db, int Statements, double Total) Parse(string header)
    {
        var m = Shape().Match(header);
        m.Success.ShouldBeTrue(header);
        return (double.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture),
            int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture),
            double.Parse(m.Groups[3].Value, CultureInfo.InvariantCulture));
    }

    [GeneratedRegex("""^db;dur=([0-9.]+);desc="([0-9]+)", app;dur=([0-9.]+)$""")]
    private static partial Regex Shape();
}

public sealed class ServerTimingTestsSqlite(SqliteApp app) : ServerTimingTests(app);
public sealed class ServerTimingTestsPostgres(PostgresApp app) : ServerTimingTests(app);
