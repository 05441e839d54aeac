using Tongxin.Web.Features.Liaison;
using static Tongxin.Web.Tests.Infrastructure.TestData;
using static Tongxin.Web.Tests.Liaison.LiaisonData;

namespace Tongxin.Web.Tests.Liaison;

/// <summary>整改事项: 建账 → 对账 → 销账 (LIA-4), closed only with evidence and another reviewer's sign-off.</summary>
public abstract class RectificationTests(TestApp app)
{
    [Fact]
    [Trait("Req", "LIA-4")]
    public async Task An_item_is_opened_checked_and_closed_only_with_evidence_by_another_reviewer()
    {
        var staff = await app.SignInAs("staff");
        var town = await app.SignInAs(BuiltInRole.TownOfficer, TestApp.TownA);
        var reviewer = await app.SignInAs(BuiltInRole.Staff);
        var tanshan = await staff.Node("坛山街道");
        var visitDate = new DateOnly(2017, 5, 10);
        var visit = await staff.NewVisit(tanshan, visitDate, Unique("周"));
        var title = Unique("整改台账");
        (await (await staff.PostAsJsonAsync($"{Visits}/{visit}/rectifications",
            new AddRectification.Request(title, "王五", visitDate.AddDays(-1)))).Errors("DueOn")).Single()
            .ShouldContain("不能早于调研日期");
        (await (await staff.PostAsJsonAsync($"{Visits}/{visit}/rectifications",
            new AddRectification.Request(" ", "王五", visitDate))).Errors("Title")).ShouldNotBeEmpty();
        var item = await staff.NewItem(visit, visitDate.AddMonths(1), title);
        var close = $"{Items}/{item}/close";
        (await (await reviewer.PostAsync(close, null)).Errors("Stage")).Single().ShouldContain("请先对账");

        (await (await town.PostAsJsonAsync($"{Items}/{item}/check", new CheckRectification.Request(" ")))
            .Errors("Progress")).ShouldNotBeEmpty();
        (await staff.PostAsJsonAsync($"{Items}/{item}/check", new CheckRectification.Request("已补齐档案")))
            .StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await (await reviewer.PostAsync(close, null)).Errors("file")).Single().ShouldContain("佐证材料");
        (await (await town.Upload(item, "not a pdf"u8.ToArray(), "x.pdf")).Errors("file")).ShouldNotBeEmpty();
        (await town.Upload(item, TestFiles.Pdf(), "整改报告.pdf")).StatusCode.ShouldBe(HttpStatusCode.Created);

        // The town officer holds no 整改销账审核; the staff user did the 对账 — neither may close it.
        (await (await town.PostAsync(close, null)).Errors("Reviewer")).Single().ShouldContain("审核人签字确认");
        (await (await staff.PostAsync(close, null)).Errors("Reviewer")).Single().ShouldContain("对账人不能");
        var open = (await staff.Get<Page<ListRectifications.Row>>($"{Items}?visitId={visit}")).Items.Single();
        (open.Stage, open.FileCount, open.ClosedOn, open.Progress)
            .ShouldBe((Data.Entities.RectificationStage.Checked, 1, null, "已补齐档案"));

        (await reviewer.PostAsync(close, null)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        var done = (await staff.Get<GetVisit.Detail>($"{Visits}/{visit}")).Items.Single();
        done.Stage.ShouldBe(Data.Entities.RectificationStage.Closed);
        done.ReviewerName.ShouldNotBeNullOrEmpty();
        done.Overdue.ShouldBeFalse();
        (await (await reviewer.PostAsync(close, null)).Errors("Stage")).Single().ShouldContain("已销账");
        (await (await town.Upload(item, TestFiles.Pdf(), "再传.pdf")).Errors("file")).Single().ShouldContain("已销账");
        (await (await staff.PostAsJsonAsync($"{Items}/{item}/check", new CheckRectification.Request("再对")))
            .Errors("Progress")).Single().ShouldContain("已销账");

        var sheet = await staff.Sheet($"{Items}/export?stage=Closed&nodeId={tanshan}");
        sheet[0][0].ShouldBe("整改事项");
        sheet[1][0].ShouldBe("筛选条件：阶段：已销账，镇街：坛山街道");
        var row = sheet.Single(r => r[1] == title);
        row[..6].ShouldBe(["坛山街道", title, "王五", "2017-06-10", "已销账", "已补齐档案"]);
        row[6].ShouldBe("1");
    }

    [Fact]
    [Trait("Req", "LIA-4")]
    public async Task An_item_past_its_due_date_and_not_closed_is_overdue()
    {
        var staff = await app.SignInAs("staff");
        var node = await staff.Node("阴平镇");
        var visit = await staff.NewVisit(node, new DateOnly(2018, 1, 5), Unique("吴"));
        var late = await staff.NewItem(visit, new DateOnly(2018, 2, 1));
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var later = await staff.NewItem(visit, today.AddDays(30));
        var rows = (await staff.Get<Page<ListRectifications.Row>>($"{Items}?visitId={visit}")).Items;
        rows.Single(r => r.Id == late).Overdue.ShouldBeTrue();
        rows.Single(r => r.Id == later).Overdue.ShouldBeFalse();
        var overdue = (await staff.Get<Page<ListRectifications.Row>>($"{Items}?visitId={visit}&overdue=true"))
            .Items;
        overdue.Single().Id.ShouldBe(late);
        (await staff.Get<PageTotal>($"{Items}?visitId={visit}&stage=Opened")).Total.ShouldBe(2);
    }
}

public sealed class RectificationTestsSqlite(SqliteApp app) : RectificationTests(app);
public sealed class RectificationTestsPostgres(PostgresApp app) : RectificationTests(app);
