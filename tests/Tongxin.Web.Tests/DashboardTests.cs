using Tongxin.Web.Tests.Infrastructure;

namespace Tongxin.Web.Tests;

public abstract class DashboardTests(TestApp app)
{
    [Fact]
    [Trait("Req", "RPT-1")]
    public async Task The_per_town_figures_equal_the_lists_behind_them()
    {
        var staff = await app.SignInAs("staff");
        var dashboard = await staff.GetJson("/api/v1/dashboard");
        var towns = dashboard.GetProperty("byTown").EnumerateArray().ToList();
        towns.Count.ShouldBe(8);
        foreach (var t in towns.Take(3))
        {
            var id = t.GetProperty("id").GetGuid();
            var people = await staff.GetJson($"/api/v1/people?nodeId={id}&pageSize=1");
            t.GetProperty("people").GetInt32().ShouldBe(people.GetProperty("total").GetInt32());
            t.GetProperty("people").GetInt32().ShouldBeGreaterThan(0);
            t.GetProperty("villages").GetInt32().ShouldBeGreaterThan(0);
            t.GetProperty("bodies").GetInt32().ShouldBeGreaterThan(0);
        }
        towns.Sum(t => t.GetProperty("people").GetInt32()).ShouldBeLessThanOrEqualTo(dashboard.GetProperty("people").GetInt32());
    }
}

public sealed class DashboardTestsSqlite(SqliteApp app) : DashboardTests(app);
public sealed class DashboardTestsPostgres(PostgresApp app) : DashboardTests(app);
