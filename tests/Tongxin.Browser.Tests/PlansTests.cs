namespace Tongxin.Browser.Tests;

/// <summary>
/// Issue 16 in the browser: a town officer on a phone (390×844, JavaScript off) reports progress on a 黄 task with a
/// photo and it turns 正常 (PLN-6, PLN-7); the district's 督办 page and the 三张清单 as staff sees them (PLN-2).
/// </summary>
public sealed class PlansTests(BrowserApp app)
{
    private const string Task = "统战之家规范化建设";

    [Fact]
    [Trait("Req", "PLN-7")]
    [Trait("Req", "PLN-6")]
    public async Task A_town_officer_posts_a_photo_update_on_a_phone_and_the_task_turns_from_yellow_to_normal()
    {
        var context = await app.Require().NewContextAsync(new()
        {
            ViewportSize = new() { Width = 390, Height = 844 }, Locale = "zh-CN", BaseURL = app.BaseUrl,
            JavaScriptEnabled = false,
        });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(20_000);
        await page.SignIn("town1", app.DemoPassword("town1"));
        await page.WaitForURLAsync("**/m");
        var card = page.Locator("#todo-tasks + ul .phone-card", new() { HasText = Task });
        await card.WaitForAsync();
        (await card.InnerTextAsync()).ShouldContain("黄色预警");
        await page.Shot("plans-phone-1-home");

        await card.GetByRole(AriaRole.Link, new() { Name = Task }).ClickAsync();
        await page.WaitForURLAsync(new System.Text.RegularExpressions.Regex("/m/tasks/[0-9a-f-]{36}$"));
        (await page.Locator("[data-warning]").InnerTextAsync()).ShouldContain("黄色预警");
        await page.Shot("plans-phone-2-task");
        await page.GetByRole(AriaRole.Link, new() { Name = "报送进展" }).ClickAsync();
        await page.WaitForURLAsync("**/progress");
        await page.GetByLabel("当前完成值").FillAsync("4");
        await page.GetByLabel("进展情况").FillAsync("完成金山、青檀、榴花社区统战之家规范化建设，已挂牌并建立台账");
        await page.GetByLabel("佐证照片或文件").SetInputFilesAsync(new FilePayload
        {
            Name = "挂牌现场.png", MimeType = "image/png", Buffer = Photo(),
        });
        await page.Shot("plans-phone-3-form");
        await page.GetByRole(AriaRole.Button, new() { Name = "报送" }).ClickAsync();
        await page.WaitForURLAsync("**/m/tasks/*?saved=1");
        await page.GetByText("进展已报送").WaitForAsync();
        (await page.Locator("[data-warning]").GetAttributeAsync("data-warning")).ShouldBe("None");
        (await page.Locator("[data-warning]").InnerTextAsync()).ShouldContain("正常");
        (await page.Locator("#task-updates ~ ul").InnerTextAsync()).ShouldContain("佐证材料 1 个");
        await page.Shot("plans-phone-4-saved");
        await context.CloseAsync();
    }

    [Fact]
    [Trait("Req", "PLN-6")]
    [Trait("Req", "PLN-2")]
    public async Task Staff_see_the_supervision_page_by_colour_and_the_three_lists()
    {
        var page = await app.NewPage();
        await page.SignIn("staff", app.DemoPassword("staff"));
        await page.GotoAsync("/plans/supervision");
        await page.Interactive();
        foreach (var level in new[] { "蓝色预警", "黄色预警", "红色预警", "通报" })
            (await page.GetByText(level).CountAsync()).ShouldBeGreaterThan(0, level);
        await page.Shot("plans-supervision");

        await page.GotoAsync("/plans/lists");
        await page.Interactive();
        foreach (var list in new[] { "职责定位", "任务指标", "考核评价" })
            (await page.GetByText(list).CountAsync()).ShouldBeGreaterThan(0, list);
        await page.Shot("plans-three-lists");
        await page.Context.CloseAsync();
    }

    /// <summary>A small real PNG (a phone photo in miniature) that decodes.</summary>
    private static byte[] Photo()
    {
        using var bitmap = new SkiaSharp.SKBitmap(64, 48);
        using (var canvas = new SkiaSharp.SKCanvas(bitmap)) canvas.Clear(new SkiaSharp.SKColor(200, 60, 40));
        using var data = bitmap.Encode(SkiaSharp.SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }
}
