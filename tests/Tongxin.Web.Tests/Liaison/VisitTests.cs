using Tongxin.Web.Features.Liaison;
using static Tongxin.Web.Tests.Infrastructure.TestData;
using static Tongxin.Web.Tests.Liaison.LiaisonData;

namespace Tongxin.Web.Tests.Liaison;

/// <summary>调研督查 (LIA-2) and the cross-check rule (LIA-4); a town user sees only their town's visits.</summary>
public abstract class VisitTests(TestApp app)
{
    [Fact]
    [Trait("Req", "LIA-2")]
    public async Task A_visit_is_recorded_with_a_kind_a_town_and_a_date_not_in_the_future()
    {
        var staff = await app.SignInAs("staff");
        var town = await staff.Node("峨山镇");
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var visitors = $"{Unique("甲")}、{Unique("乙")}";
        (await (await staff.PostAsJsonAsync(Visits,
            new RecordVisit.Request(today.AddDays(2), "现场调研", town, visitors, "x"))).Errors("Date"))
            .Single().ShouldContain("不晚于今天");
        (await (await staff.PostAsJsonAsync(Visits,
            new RecordVisit.Request(today, "闲聊", town, visitors, "x"))).Errors("Kind")).Single().ShouldContain("类型");
        (await (await staff.PostAsJsonAsync(Visits,
            new RecordVisit.Request(today, "现场调研", town, " ", "x"))).Errors("Visitors")).Single()
            .ShouldContain("参加人员");
        var vid = await (await staff.PostAsJsonAsync(Visits,
            new RecordVisit.Request(new DateOnly(2013, 4, 2), "会议观摩", town, visitors, "台账不全"))).CreatedId();

        var detail = await staff.Get<GetVisit.Detail>($"{Visits}/{vid}");
        (detail.Town, detail.Kind, detail.Visitors, detail.Items.Count).ShouldBe(("峨山镇", "会议观摩", visitors, 0));
        var page = await staff.Get<Page<ListVisits.Row>>(
            $"{Visits}?year=2013&kind=会议观摩&nodeId={town}&q={visitors[..4]}");
        page.Items.Single().Id.ShouldBe(vid);
        var sheet = await staff.Sheet($"{Visits}/export?year=2013&nodeId={town}");
        sheet[0][0].ShouldBe("调研督查");
        sheet[1][0].ShouldBe("筛选条件：年度：2013，镇街：峨山镇");
        sheet.Skip(4).Single(r => r[3] == visitors)[..3].ShouldBe(["2013-04-02", "会议观摩", "峨山镇"]);
    }

    [Fact]
    [Trait("Req", "LIA-4")]
    public async Task A_cross_check_is_refused_when_a_visitor_liaises_with_that_town_that_year()
    {
        var staff = await app.SignInAs("staff");
        var town = await staff.Node("底阁镇");
        var cadre = Unique("钱");
        (await staff.PostAsJsonAsync(Assignments, new SaveAssignment.Request(2014, town, cadre, null)))
            .StatusCode.ShouldBe(HttpStatusCode.Created);
        var date = new DateOnly(2014, 6, 1);
        var other = Unique("孙");
        var refused = await staff.PostAsJsonAsync(Visits,
            new RecordVisit.Request(date, "调研督查", town, $"{other}、{cadre}", "交叉检查", true));
        (await refused.Errors("Visitors")).Single().ShouldBe($"{cadre} 是底阁镇 2014 年的联系干部，不能参加对该镇街的交叉检查");
        (await staff.Get<PageTotal>($"{Visits}?year=2014&q={other}")).Total.ShouldBe(0);

        // Not a cross-check, or in another year: the cadre may go.
        await staff.NewVisit(town, date, $"{other}、{cadre}");
        await staff.NewVisit(town, new DateOnly(2015, 6, 1), $"{other}、{cadre}", crossCheck: true);
        await staff.NewVisit(town, date, other, crossCheck: true);
        (await staff.Get<PageTotal>($"{Visits}?q={other}")).Total.ShouldBe(3);
    }

    [Fact]
    [Trait("Req", "LIA-2")]
    public async Task A_town_user_sees_and_records_only_their_own_towns_visits_and_items()
    {
        var staff = await app.SignInAs("staff");
        var town = await app.SignInAs(BuiltInRole.TownOfficer, TestApp.TownA);
        var (tanshan, liuyuan) = (await staff.Node("坛山街道"), await staff.Node("榴园镇"));
        var marker = Unique("丁");
        var theirs = await staff.NewVisit(liuyuan, new DateOnly(2016, 3, 3), marker);
        var theirItem = await staff.NewItem(theirs, new DateOnly(2016, 5, 1));
        var ours = await town.NewVisit(tanshan, new DateOnly(2016, 3, 4), marker);
        var ourItem = await town.NewItem(ours, new DateOnly(2016, 5, 1));

        (await town.GetAsync($"{Visits}/{theirs}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await town.Get<Page<ListVisits.Row>>($"{Visits}?q={marker}")).Items.Single().Id.ShouldBe(ours);
        var items = await town.Get<Page<ListRectifications.Row>>($"{Items}?overdue=true&pageSize=100");
        items.Items.ShouldContain(i => i.Id == ourItem && i.Overdue);
        items.Items.ShouldNotContain(i => i.Id == theirItem);
        items.Items.ShouldAllBe(i => i.Town == "坛山街道");
        (await town.PostAsJsonAsync($"{Items}/{theirItem}/check", new CheckRectification.Request("已整改")))
            .StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await town.PostAsJsonAsync($"{Visits}/{theirs}/rectifications",
            new AddRectification.Request("越界", "王五", new DateOnly(2016, 5, 1))))
            .StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await (await town.PostAsJsonAsync(Visits,
            new RecordVisit.Request(new DateOnly(2016, 3, 4), "现场调研", liuyuan, marker, "越界"))).Errors("NodeId"))
            .Single().ShouldContain("数据范围");
        (await staff.Get<PageTotal>($"{Visits}?q={marker}")).Total.ShouldBe(2);
    }
}

public sealed class VisitTestsSqlite(SqliteApp app) : VisitTests(app);
public sealed class VisitTestsPostgres(PostgresApp app) : VisitTests(app);
