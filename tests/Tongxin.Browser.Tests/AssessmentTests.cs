namespace Tongxin.Browser.Tests;

public sealed class AssessmentTests(BrowserApp app)
{
    [Fact]
    [Trait("Req", "ASM-4")]
    [Trait("Req", "ASM-5")]
    [Trait("Req", "RPT-1")]
    public async Task Staff_see_the_ranking_with_radar_and_accountability_and_export_it()
    {
        var page = await app.NewPage();
        await page.SignIn("staff", app.DemoPassword("staff"));
        await page.GotoAsync("/assessment/results?year=2019");
        await page.Interactive();
        var rows = page.Locator("tr.ranking-row");
        await rows.First.WaitForAsync();
        (await rows.CountAsync()).ShouldBe(8);
        (await page.Locator("tr.ranking-row .ant-tag", new() { HasText = "问责" }).CountAsync())
            .ShouldBeGreaterThan(0);
        (await page.Locator(".radar svg polygon.series").CountAsync()).ShouldBe(2);
        var second = rows.Nth(1).Locator("td a").First;
        var town = await second.InnerTextAsync();
        await second.ClickAsync();
        await page.Locator("h2.panel-title", new() { HasText = town + "：各类别得分率" }).WaitForAsync();
        await page.Shot("40-assessment-ranking");
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByText("导出 Excel").ClickAsync());
        var file = Path.Combine(BrowserApp.Screens, "assessment-results.xlsx");
        await download.SaveAsAsync(file);
        var table = MiniExcelLibs.MiniExcel.Query(file, useHeaderRow: false).Cast<IDictionary<string, object>>()
            .ToList();
        table[3]["A"].ShouldBe("名次");
        table.Skip(4).Count().ShouldBe(8);

        await page.GotoAsync("/assessment/results?year=2020");
        await page.GetByText("结果尚未公布").WaitForAsync();
        await page.Shot("41-assessment-preview-2020");
        await page.GotoAsync("/assessment/schemes");
        await page.Locator("tr.scheme-row").First.WaitForAsync();
        await page.Locator("tr.scheme-row a", new() { HasText = "2019" }).First.ClickAsync();
        await page.Locator("#scheme-total", new() { HasText = "100.0 / 100.0" }).WaitForAsync();
        await page.Shot("42-assessment-scheme");

        await page.GotoAsync("/");
        var ranking = page.Locator("table.dashboard-ranking tr");
        await ranking.First.WaitForAsync();
        (await ranking.CountAsync()).ShouldBe(8);
        (await page.Locator("h2.panel-title", new() { HasText = "考核排名（2019 年，已公布）" })
            .CountAsync()).ShouldBe(1);
        // The duty reminders fill in after the page is interactive: shoot the page once they have.
        await page.GetByText("正在计算范围内制度任务的落实情况")
            .WaitForAsync(new() { State = WaitForSelectorState.Hidden });
        await page.Shot("46-dashboard-ranking");
    }

    [Fact]
    [Trait("Req", "ASM-3")]
    public async Task A_reviewer_on_a_phone_scores_an_assigned_town_and_sees_only_their_column()
    {
        var page = await app.NewPage(390, 844);
        await page.SignIn("reviewer3", app.DemoPassword("reviewer3"));
        await page.GotoAsync("/assessment/scores");
        await page.Interactive();
        var row = page.Locator("tr.assessment-row", new() { HasText = "联评" }).First;
        await row.WaitForAsync();
        await page.Shot("43-reviewer-assigned");
        await page.ClickUntilUrl(row.Locator("a"), "**/assessment/scores/*");
        var input = page.Locator("input.score-input").First;
        await input.WaitForAsync();
        (await page.Locator("table.sheet thead th").AllInnerTextsAsync()).Count(t => t.StartsWith("评审人"))
            .ShouldBe(1);
        await input.FillAsync("5");
        await page.GetByRole(AriaRole.Button, new() { Name = "保存我的评分" }).ClickAsync();
        await page.GetByText("评分已保存").WaitForAsync();
        (await page.EvaluateAsync<int>("document.documentElement.scrollWidth")).ShouldBeLessThanOrEqualTo(390);
        await page.Shot("44-reviewer-scored");
        await input.ScrollIntoViewIfNeededAsync();
        await page.Shot("45-reviewer-scored-item", fullPage: false);
    }
}
