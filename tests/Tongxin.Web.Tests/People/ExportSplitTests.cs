using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Tongxin.Web.Features.People;

namespace Tongxin.Web.Tests.People;

/// <summary>
/// SEC-12 over a rolling 24 hours (issue 14, item 5): a large sensitive export split into per-town files needs the
/// same approval as the whole, and exports older than 24 hours no longer count.
/// </summary>
public abstract class ExportSplitTests(TestApp app)
{
    [Fact]
    [Trait("Req", "SEC-12")]
    public async Task Small_sensitive_exports_that_together_pass_the_limit_need_approval_for_the_last()
    {
        var staff = await app.SignInAs(BuiltInRole.Staff); // a user of their own: the count is per user
        var towns = await TownsWithPeople(staff);
        var (exported, crossing) = (0, -1);
        for (var i = 0; i < towns.Count && crossing < 0; i++)
        {
            var (town, people) = towns[i];
            var response = await staff.GetAsync($"/api/v1/people/export?nodeId={town}");
            if (exported + people <= ExportPeople.ApprovalLimit)
            {
                response.StatusCode.ShouldBe(HttpStatusCode.OK, $"town {i + 1}: {exported} + {people}");
                exported += people;
                continue;
            }
            crossing = i;
            var title = (await response.Problem(HttpStatusCode.Conflict)).GetProperty("title").GetString()!;
            title.ShouldContain("第二人审批");
            title.ShouldContain($"已导出 {exported} 人");
            title.ShouldContain($"共 {exported + people} 人");
            response.Content.Headers.ContentDisposition.ShouldBeNull(); // no file
        }
        crossing.ShouldBeGreaterThan(1, "several files under the limit each, then the one that passes it");

        // The same small file can be asked for with approval now: the request is not "under the limit".
        var id = await (await staff.PostAsJsonAsync("/api/v1/people/export-requests",
            new RequestExport.Request(new ListPeople.Query(NodeId: towns[crossing].Town), "分镇核对"))).CreatedId();
        id.ShouldNotBe(Guid.Empty);
        var auditor = await app.SignInAs("auditor");
        var me = await staff.Get<Me>("/api/v1/auth/me");
        (await auditor.Get<Page<AuditRow>>($"/api/v1/audit?event=export&user={me.UserName}&pageSize=100"))
            .Items.Count.ShouldBe(crossing, "the refused export left no file and no export row");
    }

    [Fact]
    [Trait("Req", "SEC-12")]
    public async Task Exports_older_than_24_hours_no_longer_count_towards_the_limit()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var fresh = await app.FreshAsync(services: s => s.AddSingleton<TimeProvider>(clock));
        var staff = await fresh.SignInAs("staff");
        var towns = await TownsWithPeople(staff);
        var exported = 0;
        var i = 0;
        for (; exported + towns[i].People <= ExportPeople.ApprovalLimit; i++)
        {
            (await staff.GetAsync($"/api/v1/people/export?nodeId={towns[i].Town}")).StatusCode
                .ShouldBe(HttpStatusCode.OK);
            exported += towns[i].People;
        }
        var next = $"/api/v1/people/export?nodeId={towns[i].Town}";
        (await staff.GetAsync(next)).StatusCode.ShouldBe(HttpStatusCode.Conflict);

        clock.Advance(TimeSpan.FromHours(23));
        staff = await fresh.SignInAs("staff");
        (await staff.GetAsync(next)).StatusCode.ShouldBe(HttpStatusCode.Conflict, "23 hours later it still counts");
        clock.Advance(TimeSpan.FromHours(1) + TimeSpan.FromMinutes(1));
        staff = await fresh.SignInAs("staff");
        (await staff.GetAsync(next)).StatusCode.ShouldBe(HttpStatusCode.OK, "24 hours later it no longer counts");
    }

    /// <summary>The county's towns with how many people each holds, each under the limit on its own.</summary>
    private static async Task<List<(Guid Town, int People)>> TownsWithPeople(HttpClient staff)
    {
        var county = (await staff.Get<Page<RegionDto>>("/api/v1/regions")).Items.Single();
        var towns = new List<(Guid, int)>();
        foreach (var t in (await staff.Get<Page<RegionDto>>($"/api/v1/regions?parentId={county.Id}")).Items)
        {
            var people = (await staff.Get<PageTotal>($"/api/v1/people?nodeId={t.Id}&pageSize=1")).Total;
            people.ShouldBeInRange(1, ExportPeople.ApprovalLimit, $"{t.Name} alone is under the limit");
            towns.Add((t.Id, people));
        }
        towns.Sum(t => t.Item2).ShouldBeGreaterThan(ExportPeople.ApprovalLimit, "together the towns pass it");
        return towns;
    }
}

public sealed class ExportSplitTestsSqlite(SqliteApp app) : ExportSplitTests(app);
public sealed class ExportSplitTestsPostgres(PostgresApp app) : ExportSplitTests(app);
