using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Tongxin.Data.Statistics;
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
        dashboard.GetProperty("childLevel").GetString().ShouldBe("Town"); // towns
        var towns = dashboard.GetProperty("byNode").EnumerateArray().ToList();
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
        dashboard.GetProperty("towns").GetInt32().ShouldBe(8);
    }

    [Fact]
    [Trait("Req", "RPT-1")]
    public async Task A_town_sees_its_villages_counted_directly()
    {
        var town = await app.SignInAs("town1");
        var dashboard = await town.GetJson("/api/v1/dashboard");
        dashboard.GetProperty("childLevel").GetString().ShouldBe("Village"); // villages
        dashboard.GetProperty("towns").GetInt32().ShouldBe(1);
        var villages = dashboard.GetProperty("byNode").EnumerateArray().ToList();
        villages.Count.ShouldBe(dashboard.GetProperty("villages").GetInt32());
        (await town.GetJson("/api/v1/people?pageSize=1")).GetProperty("total").GetInt32().ShouldBe(dashboard.GetProperty("people").GetInt32());
        var busiest = villages.MaxBy(v => v.GetProperty("people").GetInt32());
        (await town.GetJson($"/api/v1/people?nodeId={busiest.GetProperty("id").GetGuid()}&pageSize=1")).GetProperty("total").GetInt32()
            .ShouldBe(busiest.GetProperty("people").GetInt32());
    }

    /// <summary>
    /// Issue 6: a county's dashboard sums tallies kept per town; every save marks its town and the next read recounts
    /// it, so a new, moved or re-categorised person shows at once. On a database of its own (other tests add people).
    /// </summary>
    [Fact]
    [Trait("Req", "RPT-1")]
    public async Task County_figures_follow_every_save_at_once()
    {
        await using var fresh = await app.FreshAsync();
        var staff = await fresh.SignInAs("staff");
        var before = await staff.GetJson("/api/v1/dashboard");
        var towns = before.GetProperty("byNode").EnumerateArray().ToList();
        Guid a = towns[0].GetProperty("id").GetGuid(), b = towns[1].GetProperty("id").GetGuid();
        int People(JsonElement d, Guid town) => d.GetProperty("byNode").EnumerateArray().Single(t => t.GetProperty("id").GetGuid() == town).GetProperty("people").GetInt32();
        int Category(JsonElement d, string code) => d.GetProperty("byCategory").EnumerateArray().Single(c => c.GetProperty("code").GetString() == code).GetProperty("people").GetInt32();

        var created = await staff.PostAsJsonAsync("/api/v1/people", new { name = "看板新增人员", nodeId = a, categories = new[] { "C05" } });
        created.StatusCode.ShouldBe(HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var added = await staff.GetJson("/api/v1/dashboard");
        People(added, a).ShouldBe(People(before, a) + 1);
        added.GetProperty("people").GetInt32().ShouldBe(before.GetProperty("people").GetInt32() + 1);
        Category(added, "C05").ShouldBe(Category(before, "C05") + 1);

        var version = (await staff.GetJson($"/api/v1/people/{id}")).GetProperty("version").GetInt64();
        (await staff.PutAsJsonAsync($"/api/v1/people/{id}", new { name = "看板新增人员", nodeId = b, categories = new[] { "C07" }, version }))
            .StatusCode.ShouldBe(HttpStatusCode.NoContent);
        var moved = await staff.GetJson("/api/v1/dashboard");
        People(moved, a).ShouldBe(People(before, a));
        People(moved, b).ShouldBe(People(before, b) + 1);
        Category(moved, "C05").ShouldBe(Category(before, "C05"));
        Category(moved, "C07").ShouldBe(Category(before, "C07") + 1);
        People(moved, b).ShouldBe((await staff.GetJson($"/api/v1/people?nodeId={b}&pageSize=1")).GetProperty("total").GetInt32());
        Category(moved, "C07").ShouldBe((await staff.GetJson("/api/v1/people?category=C07&pageSize=1")).GetProperty("total").GetInt32());
    }

    /// <summary>
    /// The sums an instance keeps in memory are dropped when the tallies change anywhere: here the marks are recounted
    /// outside this request path, as another app instance would, so the next read finds no marks but a new generation.
    /// </summary>
    [Fact]
    [Trait("Req", "RPT-1")]
    public async Task Kept_sums_follow_a_recount_made_by_another_instance()
    {
        await using var fresh = await app.FreshAsync();
        var staff = await fresh.SignInAs("staff");
        int Category(JsonElement d, string code) => d.GetProperty("byCategory").EnumerateArray().Single(c => c.GetProperty("code").GetString() == code).GetProperty("people").GetInt32();
        var before = await staff.GetJson("/api/v1/dashboard");
        (await staff.GetJson("/api/v1/dashboard")).GetProperty("people").GetInt32().ShouldBe(before.GetProperty("people").GetInt32());

        await fresh.WithDb("/", async db =>
        {
            var person = await db.People.Where(p => !p.Categories.Contains("|C09|")).OrderBy(p => p.NodePath).FirstAsync();
            person.Categories += "C09|";
            await db.SaveChangesAsync();
            (await db.TallyMarks.CountAsync()).ShouldBeGreaterThan(0);
            return await TallyCounter.RefreshAsync(db);
        });
        var after = await staff.GetJson("/api/v1/dashboard");
        Category(after, "C09").ShouldBe(Category(before, "C09") + 1);
        Category(after, "C09").ShouldBe((await staff.GetJson("/api/v1/people?category=C09&pageSize=1")).GetProperty("total").GetInt32());
    }
}

public sealed class DashboardTestsSqlite(SqliteApp app) : DashboardTests(app);
public sealed class DashboardTestsPostgres(PostgresApp app) : DashboardTests(app);
