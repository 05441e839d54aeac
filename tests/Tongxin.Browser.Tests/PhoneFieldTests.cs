namespace Tongxin.Browser.Tests;

/// <summary>
/// The field home and the read-only phone pages as village1 sees them on a 390×844 phone with JavaScript off
/// (issue 15, items 1 and 2): everything works by links and a GET form; screenshots phone-*.png.
/// </summary>
public sealed class PhoneFieldTests(BrowserApp app)
{
    [Fact]
    [Trait("Req", "SYS-2")]
    [Trait("Req", "PPL-9")]
    public async Task Village1_uses_the_field_pages_with_javascript_off()
    {
        var context = await app.Require().NewContextAsync(new()
        {
            ViewportSize = new() { Width = 390, Height = 844 }, Locale = "zh-CN", BaseURL = app.BaseUrl,
            JavaScriptEnabled = false,
        });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(20_000);
        // The sign-in form is the first thing a phone user touches: every field and the button a thumb's size.
        await page.GotoAsync("/account/login");
        foreach (var target in await page.Locator(".account-card input:visible, .account-card button").AllAsync())
            (await target.BoundingBoxAsync())!.Height.ShouldBeGreaterThanOrEqualTo(44);
        await page.SignIn("village1", app.DemoPassword("village1"));
        await page.WaitForURLAsync("**/m");
        await page.GetByRole(AriaRole.Heading, new() { Name = "我的待办" }).WaitForAsync();
        foreach (var tile in await page.Locator(".phone-tile").AllAsync())
            (await tile.BoundingBoxAsync())!.Height.ShouldBeGreaterThanOrEqualTo(44);
        (await page.Locator(".phone-tile").CountAsync()).ShouldBe(4);
        await page.Shot("phone-home");

        await page.Locator(".phone-menu summary").ClickAsync(); // <details>: opens without a script
        await page.GetByRole(AriaRole.Link, new() { Name = "电脑版" }).WaitForAsync();
        await page.Shot("phone-home-menu", fullPage: false);

        await page.GotoAsync("/m/duties");
        await page.Locator(".phone-card").First.WaitForAsync();
        await page.Shot("phone-duties");

        await page.GotoAsync("/m/activities");
        await page.GetByRole(AriaRole.Heading, new() { Name = "我的记录" }).WaitForAsync();
        await page.Shot("phone-activities");

        await page.GotoAsync("/m");
        await page.GetByRole(AriaRole.Link, new() { Name = "查人员" }).ClickAsync();
        await page.WaitForURLAsync("**/m/people");
        // Enter searches (a GET form); an empty search lists everyone in the village
        await page.GetByLabel("姓名或拼音首字母").PressAsync("Enter");
        await page.WaitForURLAsync("**/m/people?q=");
        await page.Locator(".phone-card").First.WaitForAsync();
        await page.Shot("phone-people");

        await page.Locator(".phone-card a.phone-row-link").First.ClickAsync();
        await page.WaitForURLAsync(new System.Text.RegularExpressions.Regex("/m/people/[0-9a-f-]{36}$"));
        await page.Locator(".phone-fields").WaitForAsync();
        (await page.Locator(".phone-fields").InnerTextAsync()).ShouldContain("身份证号");
        await page.Shot("phone-person");
        await context.CloseAsync();
    }
}
