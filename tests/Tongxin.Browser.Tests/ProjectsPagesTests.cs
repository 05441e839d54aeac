using Deque.AxeCore.Playwright;

namespace Tongxin.Browser.Tests;

/// <summary>
/// Issue 16 in the browser: staff create a 工程 on the 八项工程 page, open it and add a member to its 工作专班
/// (PLN-3), then read the 2019 分线作战 lines (PLN-4).
/// </summary>
public sealed class ProjectsPagesTests(BrowserApp app)
{
    [Fact]
    [Trait("Req", "PLN-3")]
    [Trait("Req", "PLN-4")]
    public async Task Staff_create_a_project_add_a_team_member_and_read_the_work_lines()
    {
        var name = $"同心浏览器工程{Guid.NewGuid().ToString("N")[..6]}";
        var page = await app.NewPage();
        await page.SignIn("staff", app.DemoPassword("staff"));
        await page.GotoAsync("/plans/projects?year=2020");
        await page.Interactive();
        await page.GetByRole(AriaRole.Link, new() { Name = "云端服务“数字统战”" }).WaitForAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "新建工程" }).ClickAsync();
        await page.GetByLabel("工程名称").FillAsync(name);
        await page.GetByLabel("领域").FillAsync("统战工作");
        await page.GetByLabel("牵头领导").FillAsync("李明（演示）");
        await page.GetByLabel("文号").FillAsync("峰统发〔2020〕4号");
        await page.GetByRole(AriaRole.Button, new() { Name = "保存" }).ClickAsync();
        var link = page.GetByRole(AriaRole.Link, new() { Name = name });
        await link.WaitForAsync();
        (await page.Locator("tr", new() { HasText = name }).InnerTextAsync()).ShouldContain("0 / 0");
        await page.Shot("plans-projects");

        await page.ClickUntilUrl(link, new System.Text.RegularExpressions.Regex("/plans/projects/[0-9a-f-]{36}$"));
        await page.GetByRole(AriaRole.Heading, new() { Name = name }).WaitForAsync();
        await page.Interactive();
        await page.GetByLabel("姓名").FillAsync("周同心（演示）");
        await page.GetByLabel("职务").SelectOptionAsync("组长");
        await page.GetByLabel("单位").FillAsync("区委统战部");
        await page.GetByRole(AriaRole.Button, new() { Name = "添加成员" }).ClickAsync();
        await page.GetByRole(AriaRole.Cell, new() { Name = "周同心（演示）", Exact = true }).WaitForAsync();
        (await page.Locator("#project-team ~ table").InnerTextAsync()).ShouldContain("组长");
        await page.Shot("plans-project");
        await page.GetByRole(AriaRole.Button, new() { Name = "编辑" }).ClickAsync();
        await page.GetByLabel("领域").FillAsync("统战工作（已改）");
        await page.GetByLabel("概述").FillAsync("一个工程、一班人马、一抓到底");
        await page.GetByRole(AriaRole.Button, new() { Name = "保存" }).ClickAsync();
        await page.GetByText("统战工作（已改）").WaitForAsync();
        await page.GetByText("一个工程、一班人马、一抓到底").WaitForAsync();

        await page.GotoAsync("/plans/lines?year=2019");
        await page.Interactive();
        await page.GetByRole(AriaRole.Heading, new() { Name = "党的建设" }).WaitForAsync();
        (await page.GetByText("峰统发〔2019〕5号").CountAsync()).ShouldBe(6);
        await page.GetByRole(AriaRole.Link, new() { Name = "开展“创新提升落实年”主题党日" }).WaitForAsync();
        await page.Shot("plans-lines");

        var line = $"同心浏览器分线{Guid.NewGuid().ToString("N")[..6]}";
        await page.GetByRole(AriaRole.Button, new() { Name = "新建分线" }).ClickAsync();
        await page.GetByLabel("分线名称").FillAsync(line);
        await page.GetByLabel("分管领导").FillAsync("王副部长（演示）");
        await page.GetByLabel("责任单位（以顿号分隔）").FillAsync("民宗局，文化站");
        await page.GetByRole(AriaRole.Button, new() { Name = "保存" }).ClickAsync();
        var section = page.Locator("section", new() { Has = page.GetByRole(AriaRole.Heading, new() { Name = line }) });
        await section.WaitForAsync();
        (await section.InnerTextAsync()).ShouldContain("民宗局、文化站");
        await section.GetByRole(AriaRole.Button, new() { Name = "编辑" }).ClickAsync();
        await section.GetByLabel("分管领导").FillAsync("王部长（演示）");
        await section.GetByRole(AriaRole.Button, new() { Name = "保存" }).ClickAsync();
        await section.GetByText("王部长（演示）").WaitForAsync();
        await page.Context.CloseAsync();

        // On a phone: nothing scrolls sideways (every list is a card list) and axe finds nothing serious.
        var phone = await app.NewPage(390, 844);
        await phone.SignIn("staff", app.DemoPassword("staff"));
        async Task Narrow(string shot)
        {
            await phone.Interactive();
            await phone.Shot(shot);
            (await phone.EvaluateAsync<int>("document.documentElement.scrollWidth")).ShouldBeLessThanOrEqualTo(391);
            (await phone.RunAxe()).Violations.Where(v => v.Impact is "serious" or "critical")
                .Select(v => $"{v.Id}: {v.Nodes[0].Target}").ShouldBeEmpty(shot);
        }
        await phone.GotoAsync("/plans/projects?year=2020");
        await Narrow("plans-projects-phone");
        await phone.ClickUntilUrl(phone.GetByRole(AriaRole.Link, new() { Name = "云端服务“数字统战”" }),
            new System.Text.RegularExpressions.Regex("/plans/projects/[0-9a-f-]{36}$"));
        await phone.GetByRole(AriaRole.Heading, new() { Name = "云端服务“数字统战”" }).WaitForAsync();
        await Narrow("plans-project-phone");
        await phone.GotoAsync("/plans/lines?year=2019");
        await Narrow("plans-lines-phone");
        await phone.Context.CloseAsync();
    }
}
