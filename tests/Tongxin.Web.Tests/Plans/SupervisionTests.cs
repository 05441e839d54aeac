using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;
using Tongxin.Data.Entities;
using Tongxin.Domain.Plans;
using Tongxin.Web.Features.Plans;
using Tongxin.Web.Tests.Jobs;
using static Tongxin.Web.Tests.Plans.RaiseWarningsTests;

namespace Tongxin.Web.Tests.Plans;

/// <summary>
/// 督办 (PLN-6): the list by colour and town within the user's scope, each item's history, 签收 by the owner (once;
/// it marks the notice read), and the export.
/// </summary>
public abstract class SupervisionTests(TestApp app)
{
    private static string Url(string query = "") => "/api/v1/plans/supervision" + query;

    [Fact]
    [Trait("Req", "PLN-6")]
    [Trait("Req", "SEC-8")]
    public async Task A_town_user_sees_only_their_towns_warnings_and_the_county_sees_both()
    {
        var a = await NewTaskAsync(app, TownA, overdue: 2);
        var b = await NewTaskAsync(app, TownB, overdue: 2);
        var (_, item) = await NewItemAsync(app, TownB, overdue: 30);
        await RunAsync(app);

        var town = await app.SignInAs(BuiltInRole.TownOfficer, TownA);
        var mine = await town.Get<ListSupervision.Result>(Url("?pageSize=100"));
        mine.Page.Items.ShouldContain(r => r.Id == a);
        mine.Page.Items.ShouldNotContain(r => r.Id == b || r.Id == item);
        mine.Page.Items.ShouldAllBe(r => r.NodePath.StartsWith(TownA));
        mine.ByNode.ShouldHaveSingleItem().Node.ShouldBe("坛山街道");
        (await town.Get<ListSupervision.Result>(Url($"?item={b}"))).Page.Items.ShouldBeEmpty();

        var staff = await app.SignInAs("staff");
        var all = await staff.Get<ListSupervision.Result>(Url("?pageSize=100"));
        all.Page.Items.ShouldContain(r => r.Id == a);
        var red = all.Page.Items.Single(r => r.Id == b);
        (red.Level, red.Kind, red.Link).ShouldBe((WarningLevel.Red, "task", $"/plans/tasks/{b}"));
        var reported = all.Page.Items.Single(r => r.Id == item);
        (reported.Level, reported.Kind).ShouldBe((WarningLevel.Reported, "item"));
        reported.Link.ShouldStartWith("/liaison/visits/");
        all.ByNode.Count.ShouldBeGreaterThanOrEqualTo(2);
        all.Totals.Red.ShouldBe(all.ByNode.Sum(n => n.Red));

        var townB = await app.WithDb("/", db => db.Regions.Where(r => r.NodePath == TownB).Select(r => r.Id)
            .SingleAsync());
        var filtered = await staff.Get<ListSupervision.Result>(Url($"?town={townB}&level=Reported&kind=item"));
        filtered.Page.Items.ShouldContain(r => r.Id == item);
        filtered.Page.Items.ShouldAllBe(r => r.Level == WarningLevel.Reported && r.Kind == "item");
        (await staff.Get<ListSupervision.Result>(Url($"?town={townB}&kind=task&pageSize=100"))).Page.Items
            .ShouldNotContain(r => r.Id == a || r.Id == item);
    }

    [Fact]
    [Trait("Req", "PLN-6")]
    public async Task The_owner_acknowledges_once_and_the_notice_is_read()
    {
        var officer = await app.NewUser(BuiltInRole.TownOfficer, TownA);
        var task = await NewTaskAsync(app, TownA, overdue: 1);
        await RunAsync(app);
        var history = (await (await app.SignInAs("staff")).Get<ListSupervision.Result>(Url($"?item={task}")))
            .Page.Items.ShouldHaveSingleItem().History;
        var e = history.ShouldHaveSingleItem();
        e.AcknowledgedUtc.ShouldBeNull();
        var ack = $"{Url()}/events/{e.Id}/acknowledge";

        var other = await app.SignInAs(BuiltInRole.TownOfficer, TownB);
        (await other.PostAsync(ack, null)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var leader = await app.SignInAs("leader");
        (await leader.PostAsync(ack, null)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        var client = await app.SignInAs(officer.UserName, JobsHelpers.Password);
        var first = await (await client.PostAsync(ack, null)).Read<AcknowledgeWarning.Result>();
        var second = await (await client.PostAsync(ack, null)).Read<AcknowledgeWarning.Result>();
        second.AcknowledgedUtc.ShouldBe(first.AcknowledgedUtc, "twice keeps the first");
        first.AcknowledgedBy.ShouldNotBeNullOrWhiteSpace();
        (await NoticesAsync(app, officer.Id)).Single(n => n.Link!.Contains(task.ToString())).AcknowledgedUtc
            .ShouldNotBeNull();
        var kept = await app.WithDb("/", db => db.Set<WarningEvent>().AsNoTracking().SingleAsync(x => x.Id == e.Id));
        kept.AcknowledgedUtc.ShouldNotBeNull();
        var shown = (await client.Get<ListSupervision.Result>(Url($"?item={task}"))).Page.Items.Single().History
            .Single();
        shown.AcknowledgedBy.ShouldBe(first.AcknowledgedBy);
    }

    [Fact]
    [Trait("Req", "PLN-6")]
    [Trait("Req", "SYS-1")]
    public async Task The_list_exports_and_the_page_names_each_level_in_words()
    {
        var title = TestData.Unique("同心荟阵地建设");
        var task = await NewTaskAsync(app, TownA, overdue: 3, title: title);
        await RunAsync(app);
        var town = await app.SignInAs(BuiltInRole.TownOfficer, TownA);
        var total = (await town.Get<ListSupervision.Result>(Url("?level=Red"))).Page.Total;
        var response = await town.GetAsync(Url("/export?level=Red"));
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        var rows = MiniExcel.Query(stream, useHeaderRow: false).Cast<IDictionary<string, object>>()
            .Select(r => r.Values.Select(v => v?.ToString() ?? "").ToArray()).ToList();
        rows[0][0].ShouldBe("督办");
        rows[1][0].ShouldBe("筛选条件：预警：红色预警");
        rows[3].ShouldBe(["预警", "类别", "事项", "责任单位", "镇街", "原因", "预警日期", "历程"]);
        rows.Count.ShouldBe(total + 4);
        var mine = rows.Single(r => r[2] == title);
        (mine[0], mine[1], mine[3], mine[4]).ShouldBe(("红色预警", "任务", "党工委", "坛山街道"));
        mine[7].ShouldContain("未签收");
        var own = await app.WithDb("/", db => db.Regions.Where(r => r.NodePath == TownA).Select(r => r.Id)
            .SingleAsync());
        using var byTown = new MemoryStream(await town.GetByteArrayAsync(Url($"/export?level=Red&town={own}")));
        MiniExcel.Query(byTown, useHeaderRow: false).Cast<IDictionary<string, object>>().ElementAt(1).Values.First()
            ?.ToString().ShouldBe("筛选条件：预警：红色预警，镇街：坛山街道");

        var officer = await app.NewUser(BuiltInRole.TownOfficer, TownA);
        var browser = await app.CookieSignIn(officer.UserName, JobsHelpers.Password);
        var html = await browser.GetStringAsync($"/plans/supervision?item={task}");
        html.ShouldContain(title);
        html.ShouldContain("红色预警");
        html.ShouldContain("签收");
        html.ShouldContain($"/plans/tasks/{task}");
        var list = await browser.GetStringAsync("/plans/supervision");
        list.ShouldContain("/download/supervision.xlsx");
        (await browser.GetAsync("/download/supervision.xlsx?level=Red")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }
}

public sealed class SupervisionTestsSqlite(SqliteApp app) : SupervisionTests(app);
public sealed class SupervisionTestsPostgres(PostgresApp app) : SupervisionTests(app);
