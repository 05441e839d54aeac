namespace Tongxin.Browser.Tests;

public sealed class PeopleRecordsTests(BrowserApp app)
{
    [Fact]
    [Trait("Req", "PPL-9")]
    public async Task A_town_officer_proposes_a_change_on_a_phone_and_staff_approve_it_side_by_side()
    {
        var employer = "浏览器新单位" + Guid.NewGuid().ToString("N")[..4];
        var town = await app.NewPage(390, 844);
        await town.SignIn("town1", app.DemoPassword("town1"));
        await town.GotoAsync("/people?category=C06");
        await town.Interactive();
        await town.Locator("table a[href^='/people/']").First.ClickAsync();
        await town.WaitForURLAsync(new System.Text.RegularExpressions.Regex("/people/[0-9a-f-]{36}$"),
            new() { WaitUntil = WaitUntilState.Commit });
        await town.Interactive();
        await town.GetByText("变更记录").WaitForAsync();
        var name = await town.Locator("h1").InnerTextAsync();
        await town.GetByRole(AriaRole.Link, new() { Name = "提交变更" }).ClickAsync();
        await town.WaitForURLAsync("**/edit", new() { WaitUntil = WaitUntilState.Commit });
        await town.GetByText("经区级审核批准后写入人员库").WaitForAsync();
        await town.Locator("#emp").FillAsync(employer);
        await town.ClickUntilUrl(town.GetByRole(AriaRole.Button, new() { Name = "提交审核" }),
            new System.Text.RegularExpressions.Regex("/people/pending/[0-9a-f-]{36}$"));
        await town.GetByText("待审核").First.WaitForAsync();
        // a town cannot approve
        (await town.GetByRole(AriaRole.Button, new() { Name = "批准" }).CountAsync()).ShouldBe(0);
        await town.Shot("20-phone-proposal");
        (await town.EvaluateAsync<int>("document.documentElement.scrollWidth")).ShouldBeLessThanOrEqualTo(390);

        var staff = await app.NewPage();
        await staff.SignIn("staff", app.DemoPassword("staff"));
        await staff.GotoAsync("/people/pending");
        await staff.Interactive();
        await staff.GetByRole(AriaRole.Link, new() { Name = name, Exact = true }).First.ClickAsync();
        await staff.WaitForURLAsync(new System.Text.RegularExpressions.Regex("/people/pending/[0-9a-f-]{36}$"),
            new() { WaitUntil = WaitUntilState.Commit });
        var changed = staff.Locator("tr.changed", new() { HasText = "工作单位" });
        await changed.WaitForAsync();
        (await changed.InnerTextAsync()).ShouldContain(employer);
        await staff.Shot("21-pending-side-by-side");
        await staff.GetByRole(AriaRole.Button, new() { Name = "批准" }).ClickAsync();
        await staff.Locator(".ant-tag", new() { HasText = "已批准" }).WaitForAsync();
        (await staff.GetByRole(AriaRole.Button, new() { Name = "批准" }).CountAsync()).ShouldBe(0);
        await staff.GetByRole(AriaRole.Link, new() { Name = "查看人员详情" }).ClickAsync();
        await staff.WaitForURLAsync(new System.Text.RegularExpressions.Regex("/people/[0-9a-f-]{36}$"),
            new() { WaitUntil = WaitUntilState.Commit });
        await staff.GetByText("变更记录").WaitForAsync();
        await staff.Locator(".ant-descriptions", new() { HasText = employer }).WaitForAsync();
        await staff.Shot("22-person-after-approval");
    }

    [Fact]
    [Trait("Req", "ORG-3")]
    [Trait("Req", "ORG-4")]
    [Trait("Req", "ORG-5")]
    public async Task Staff_see_town_and_village_gaps_and_an_ineligible_officer_is_refused_with_the_rule()
    {
        var page = await app.NewPage();
        await page.SignIn("staff", app.DemoPassword("staff"));
        await page.GotoAsync("/people/forces");
        await page.Interactive();
        await page.Locator("tr.row-flag", new() { HasText = "经济开发区" }).GetByText("缺统战委员")
            .WaitForAsync();
        await page.Shot("23-forces-towns");

        // Appoint the town's 统战委员 (38–50 in the demo) as 统战干事: refused, and the page names every rule
        // that failed.
        var member = (await page.Locator("tr", new() { HasText = "古邵镇" }).Locator("td").Nth(1).InnerTextAsync())
            .Replace("（科级）", "").Trim();
        var town =
            await page.EvaluateAsync<string>(
            "() => [...document.querySelectorAll('#ap-town option')]"
            + ".find(o => o.textContent.trim() === '古邵镇').value");
        await page.Locator("#ap-town").SelectOptionAsync(town);
        await page.Locator("#ap-person-q").FillAsync(member);
        await page.GetByRole(AriaRole.Button, new() { Name = "查找" }).First.ClickAsync();
        var picker = page.Locator("select#ap-person");
        await picker.WaitForAsync();
        if (string.IsNullOrEmpty(await picker.InputValueAsync()))
            await picker.SelectOptionAsync(new SelectOptionValue { Index = 1 });
        await page.Locator("#ap-on").FillAsync(DateTime.UtcNow.ToString("yyyy-MM-dd"));
        await page.GetByRole(AriaRole.Button, new() { Name = "任命" }).Last.ClickAsync();
        await page.GetByText("已有在任统战干事").First.WaitForAsync();
        await page.GetByText("周岁").First.WaitForAsync();
        await page.Shot("24-forces-refused");

        await page.GetByRole(AriaRole.Tab, new() { Name = "村居：“双员”覆盖" }).ClickAsync();
        await page.GetByText("缺“双员”的村居").WaitForAsync();
        await page.Shot("25-forces-villages");
    }
}
