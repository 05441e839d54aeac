using Microsoft.EntityFrameworkCore;
using Tongxin.Data.Statistics;
using Tongxin.Domain.Regions;
using static Tongxin.Web.Tests.Infrastructure.TestData;

namespace Tongxin.Web.Tests;

public abstract class DashboardTests(TestApp app)
{
    private static Task<DashboardDto> Dashboard(HttpClient c) => c.Get<DashboardDto>("/api/v1/dashboard");

    private static async Task<int> Total(HttpClient c, string query) =>
        (await c.Get<PageTotal>($"/api/v1/people?pageSize=1{query}")).Total;

    [Fact]
    [Trait("Req", "RPT-1")]
    public async Task The_per_town_figures_equal_the_lists_behind_them()
    {
        var staff = await app.SignInAs("staff");
        var dashboard = await Dashboard(staff);
        dashboard.ChildLevel.ShouldBe(RegionLevel.Town); // towns
        var towns = dashboard.ByNode;
        towns.Count.ShouldBe(8);
        foreach (var t in towns.Take(3))
        {
            t.People.ShouldBe(await Total(staff, $"&nodeId={t.Id}"));
            t.People.ShouldBeGreaterThan(0);
            t.Villages.ShouldBeGreaterThan(0);
            t.Bodies.ShouldBeGreaterThan(0);
        }
        towns.Sum(t => t.People).ShouldBeLessThanOrEqualTo(dashboard.People);
        dashboard.Towns.ShouldBe(8);
    }

    [Fact]
    [Trait("Req", "RPT-1")]
    public async Task A_town_sees_its_villages_counted_directly()
    {
        var town = await app.SignInAs("town1");
        var dashboard = await Dashboard(town);
        dashboard.ChildLevel.ShouldBe(RegionLevel.Village); // villages
        dashboard.Towns.ShouldBe(1);
        var villages = dashboard.ByNode;
        villages.Count.ShouldBe(dashboard.Villages);
        (await Total(town, "")).ShouldBe(dashboard.People);
        var busiest = villages.MaxBy(v => v.People)!;
        (await Total(town, $"&nodeId={busiest.Id}")).ShouldBe(busiest.People);
    }

    /// <summary>
    /// Issue 6: a county's dashboard sums tallies kept per town; every save marks its town and the next read
    /// recounts it, so a new, moved or re-categorised person shows at once. On a database of its own (other tests
    /// add people).
    /// </summary>
    [Fact]
    [Trait("Req", "RPT-1")]
    public async Task County_figures_follow_every_save_at_once()
    {
        await using var fresh = await app.FreshAsync();
        var staff = await fresh.SignInAs("staff");
        var before = await Dashboard(staff);
        Guid a = before.ByNode[0].Id, b = before.ByNode[1].Id;

        var created = await staff.PostAsJsonAsync("/api/v1/people", Person("看板新增人员", a, ["C05"]));
        created.StatusCode.ShouldBe(HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        var id = await created.CreatedId();
        var added = await Dashboard(staff);
        added.PeopleAt(a).ShouldBe(before.PeopleAt(a) + 1);
        added.People.ShouldBe(before.People + 1);
        added.InCategory("C05").ShouldBe(before.InCategory("C05") + 1);

        var version = (await staff.Get<PersonDto>($"/api/v1/people/{id}")).Version;
        (await staff.PutAsJsonAsync($"/api/v1/people/{id}", Person("看板新增人员", b, ["C07"], version: version)))
            .StatusCode.ShouldBe(HttpStatusCode.NoContent);
        var moved = await Dashboard(staff);
        moved.PeopleAt(a).ShouldBe(before.PeopleAt(a));
        moved.PeopleAt(b).ShouldBe(before.PeopleAt(b) + 1);
        moved.InCategory("C05").ShouldBe(before.InCategory("C05"));
        moved.InCategory("C07").ShouldBe(before.InCategory("C07") + 1);
        moved.PeopleAt(b).ShouldBe(await Total(staff, $"&nodeId={b}"));
        moved.InCategory("C07").ShouldBe(await Total(staff, "&category=C07"));
    }

    /// <summary>
    /// The sums an instance keeps in memory are dropped when the tallies change anywhere: here the marks are
    /// recounted outside this request path, as another app instance would, so the next read finds no marks but a
    /// new generation.
    /// </summary>
    [Fact]
    [Trait("Req", "RPT-1")]
    public async Task Kept_sums_follow_a_recount_made_by_another_instance()
    {
        await using var fresh = await app.FreshAsync();
        var staff = await fresh.SignInAs("staff");
        var before = await Dashboard(staff);
        (await Dashboard(staff)).People.ShouldBe(before.People);

        await fresh.WithDb("/", async db =>
        {
            var person = await db.People.Where(p => !p.Categories.Contains("|C09|")).OrderBy(p => p.NodePath)
                .FirstAsync();
            person.Categories += "C09|";
            await db.SaveChangesAsync();
            (await db.TallyMarks.CountAsync()).ShouldBeGreaterThan(0);
            return await TallyCounter.RefreshAsync(db);
        });
        var after = await Dashboard(staff);
        after.InCategory("C09").ShouldBe(before.InCategory("C09") + 1);
        after.InCategory("C09").ShouldBe(await Total(staff, "&category=C09"));
    }
}

public sealed class DashboardTestsSqlite(SqliteApp app) : DashboardTests(app);
public sealed class DashboardTestsPostgres(PostgresApp app) : DashboardTests(app);
