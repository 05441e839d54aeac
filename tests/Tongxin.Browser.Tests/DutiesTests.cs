namespace Tongxin.Browser.Tests;

public sealed class DutiesTests(BrowserApp app)
{
    [Fact]
    [Trait("Req", "OBL-1")]
    [Trait("Req", "OBL-2")]
    [Trait("Req", "OBL-4")]
    public async Task A_town_officer_records_an_activity_on_a_phone_and_the_duty_moves_from_behind_to_done()
    {
        var page = await app.NewPage(390, 844);
        await page.SignIn("town4", app.DemoPassword("town4")); // 阴平镇: R1 is behind in the demo
        // the field home lands first; this test walks the back office's form (电脑版), PhoneTaskTests the phone's
        await page.GetByRole(AriaRole.Heading, new() { Name = "我的待办" }).WaitForAsync();
        await page.Locator("details.phone-menu > summary").ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "电脑版" }).ClickAsync();
        await page.Interactive();
        var reminder = page.Locator(".reminder-list li", new() { HasText = "阴平镇党（工）委：各级党委" });
        await reminder.First.WaitForAsync();
        (await reminder.First.InnerTextAsync()).ShouldContain("滞后");
        await page.Shot("30-phone-reminders");

        await page.ClickUntilUrl(page.GetByRole(AriaRole.Link, new() { Name = "记录活动" }),
            "**/duties/activities/new");
        await page.Locator("#act-topic").WaitForAsync();
        await page.Locator("#act-type").SelectOptionAsync(new SelectOptionValue { Label = "听取汇报" });
        await page.Locator("#act-body").SelectOptionAsync(new SelectOptionValue { Label = "阴平镇党（工）委" });
        await page.Locator("#act-topic").FillAsync("党委会听取统战工作汇报");
        await page.Locator("#act-minutes")
            .FillAsync(
            "会议听取了镇统战办公室关于全年统战工作的汇报，研究部署下一步工作。");
        await page.Shot("31-phone-record-activity");
        (await page.EvaluateAsync<int>("document.documentElement.scrollWidth")).ShouldBeLessThanOrEqualTo(390);
        await page.ClickUntilUrl(page.GetByRole(AriaRole.Button, new() { Name = "保存" }),
            new System.Text.RegularExpressions.Regex("/duties/activities/[0-9a-f-]{36}$"));
        await page.GetByText("已有（纪要或附件）").WaitForAsync();

        await page.GotoAsync("/duties/compliance");
        await page.Interactive();
        var row = page.Locator("tr.compliance-row", new() { HasText = "各级党委" });
        await row.Locator(".ant-tag", new() { HasText = "已完成" }).WaitForAsync();
        (await row.InnerTextAsync()).ShouldContain("1 / 1");
        await page.Shot("32-phone-compliance-done");
    }

    [Fact]
    [Trait("Req", "OBL-3")]
    public async Task Staff_filter_compliance_drill_down_and_export()
    {
        var page = await app.NewPage();
        await page.SignIn("staff", app.DemoPassword("staff"));
        await page.GotoAsync("/duties/compliance?status=Behind");
        await page.Interactive();
        var row = page.Locator("tr.compliance-row", new() { HasText = "区宗教工作联席会议" });
        await row.WaitForAsync();
        await row.Locator("a.drill").ClickAsync();
        await page.GetByText("未计入：缺少佐证材料").First.WaitForAsync();
        await page.Shot("33-compliance-drill-down");
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByText("导出 Excel").ClickAsync());
        var file = Path.Combine(BrowserApp.Screens, "compliance.xlsx");
        await download.SaveAsAsync(file);
        var rows = MiniExcelLibs.MiniExcel.Query(file, useHeaderRow: false).Cast<IDictionary<string, object>>().Skip(4)
            .ToList();
        rows.ShouldNotBeEmpty();
        rows.ShouldAllBe(r => r["E"].ToString() == "滞后");
        await page.GotoAsync("/duties/rules");
        await page.GetByText("28日党员活动日").First.WaitForAsync();
        await page.Shot("34-duty-rules");
    }
    [Fact]
    [Trait("Req", "ACC-3")]
    [Trait("Req", "OBL-1")]
    public async Task A_member_unit_liaison_records_for_their_own_unit_only()
    {
        var page = await app.NewPage(390, 844);
        await page.SignIn("liaison", app.DemoPassword("liaison"));
        await page.GotoAsync("/duties/activities/new");
        await page.Interactive();
        (await page.Locator("#act-unit").InnerTextAsync()).ShouldContain("区教育和体育局");
        (await page.Locator("#act-body").CountAsync()).ShouldBe(0);
        await page.Locator("#act-type").SelectOptionAsync(new SelectOptionValue { Label = "会议" });
        await page.Locator("#act-topic").FillAsync("教体局党组专题研究统战工作");
        await page.Locator("#act-minutes").FillAsync("研究本单位落实统战工作职责的措施。");
        await page.Shot("35-liaison-record-activity");
        await page.ClickUntilUrl(page.GetByRole(AriaRole.Button, new() { Name = "保存" }),
            new System.Text.RegularExpressions.Regex("/duties/activities/[0-9a-f-]{36}$"));
        await page.GetByText("已有（纪要或附件）").WaitForAsync();
        (await page.Locator(".ant-descriptions").InnerTextAsync()).ShouldContain("区教育和体育局");

        await page.GotoAsync("/duties/compliance");
        await page.Interactive();
        var row = page.Locator("tr.compliance-row", new() { HasText = "区教育和体育局" });
        await row.Locator(".ant-tag", new() { HasText = "已完成" }).WaitForAsync();
        (await page.Locator("tr.compliance-row").CountAsync()).ShouldBe(1);
        await page.Shot("36-liaison-compliance");
    }
    [Fact]
    [Trait("Req", "OBL-1")]
    [Trait("Req", "SEC-26")]
    public async Task A_double_click_on_save_writes_one_activity()
    {
        var page = await app.NewPage();
        await page.SignIn("liaison", app.DemoPassword("liaison"));
        await page.GotoAsync("/duties/activities/new");
        await page.Interactive();
        await page.Locator("#act-unit").WaitForAsync();
        await page.Locator("#act-type").SelectOptionAsync(new SelectOptionValue { Label = "会议" });
        var topic = "双击保存只写一条" + Guid.NewGuid().ToString("N")[..6];
        await page.Locator("#act-topic").FillAsync(topic);
        await page.Locator("#act-topic").BlurAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "保存" }).DblClickAsync();
        await page.WaitForURLAsync(new System.Text.RegularExpressions.Regex("/duties/activities/[0-9a-f-]{36}$"),
            new() { WaitUntil = WaitUntilState.Commit });
        await page.GetByText("保存成功").WaitForAsync();
        await page.GotoAsync("/duties/activities?q=" + Uri.EscapeDataString(topic));
        await page.GetByText(topic).First.WaitForAsync();
        await page.Shot("39-double-click-one-activity");
        (await page.Locator("tbody tr", new() { HasText = topic }).CountAsync()).ShouldBe(1);
    }

    [Fact]
    [Trait("Req", "OBL-1")]
    [Trait("Req", "SYS-2")]
    public async Task A_village_officer_records_on_a_phone_with_the_village_preselected_and_Enter_only_searching()
    {
        var page = await app.NewPage(390, 844);
        await page.SignIn("village1", app.DemoPassword("village1"));
        await page.GotoAsync("/duties/activities/new");
        await page.Interactive();
        // The village is the only node village1 may choose, so it is already chosen.
        (await page.Locator("#act-node option:checked").InnerTextAsync()).ShouldContain("鹭鸣山庄");
        foreach (var id in new[] { "act-date", "act-type", "act-node", "act-topic" })
            (await page.Locator($"label[for={id}] .req").CountAsync()).ShouldBe(1, id);
        await page.Locator("#act-type").SelectOptionAsync(new SelectOptionValue { Label = "会议" });
        var topic = "村居统战工作例会" + Guid.NewGuid().ToString("N")[..6];
        await page.Locator("#act-topic").FillAsync(topic);

        var search = page.Locator("#act-part-q");
        await search.FillAsync("王");
        await search.PressAsync("Enter");
        await page.Locator("#act-part").WaitForAsync(); // the search answered ...
        page.Url.ShouldEndWith("/duties/activities/new"); // ... and nothing was saved
        var people = await page.Locator("#act-part option").CountAsync();
        if (people > 1)
        {
            await page.Locator("#act-part").SelectOptionAsync(new SelectOptionValue { Index = 1 });
            await page.Locator(".checks .ant-tag").First.WaitForAsync();
        }
        await page.Shot("37-village-record-activity");
        await page.ClickUntilUrl(page.GetByRole(AriaRole.Button, new() { Name = "保存" }),
            new System.Text.RegularExpressions.Regex("/duties/activities/[0-9a-f-]{36}$"));
        await page.GetByText("保存成功").WaitForAsync();
        // The descriptions fill in after their first render, so wait for the owner rather than read at once.
        await page.Locator(".ant-descriptions", new() { HasText = "鹭鸣山庄" }).WaitForAsync();
        await page.Shot("38-village-activity-saved");
        // One record: the Enter in the search box saved nothing of its own.
        await page.GotoAsync("/duties/activities");
        await page.Interactive();
        await page.GetByText(topic).First.WaitForAsync();
        (await page.GetByText(topic).CountAsync()).ShouldBe(1);
    }
}
