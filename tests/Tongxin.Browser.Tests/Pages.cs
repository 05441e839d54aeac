namespace Tongxin.Browser.Tests;

/// <summary>Intent helpers: sign in, wait for the circuit, save a screenshot of every page visited.</summary>
public static class Pages
{
    public static async Task<IPage> NewPage(this BrowserApp app, int width = 1366, int height = 900)
    {
        var context = await app.Require()
            .NewContextAsync(new()
            {
                ViewportSize = new() { Width = width, Height = height }, Locale = "zh-CN",
                BaseURL = app.BaseUrl
            });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(20_000);
        return page;
    }

    public static async Task SignIn(this IPage page, string user, string password)
    {
        await page.GotoAsync("/account/login");
        await page.GetByLabel("用户名").FillAsync(user);
        await page.GetByLabel("密码", new() { Exact = true }).FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();
        // Commit, not load: under CI load the home page's load event (charts) can take longer than the timeout,
        // and every test waits for the elements it uses next anyway.
        await page.WaitForURLAsync(u => !u.Contains("/account/login"), new() { WaitUntil = WaitUntilState.Commit });
    }

    /// <summary>A prerendered page ignores clicks until its circuit connects: wait for the layout's marker.</summary>
    public static Task Interactive(this IPage page) => page.Locator("[data-interactive=true]").WaitForAsync();

    /// <summary>
    /// Click and wait for the address to change; under load the first click can reach the circuit before the bound
    /// field's change event has been applied, so the click is repeated (at most three times) rather than failing.
    /// A save the server refused is not repeated: its error summary fails the test at once, with its text.
    /// </summary>
    public static Task ClickUntilUrl(this IPage page, ILocator button, string url) =>
        page.ClickUntil(button, o => page.WaitForURLAsync(url, o), url);

    public static Task ClickUntilUrl(this IPage page, ILocator button, System.Text.RegularExpressions.Regex url) =>
        page.ClickUntil(button, o => page.WaitForURLAsync(url, o), url.ToString());

    private static async Task ClickUntil(this IPage page, ILocator button, Func<PageWaitForURLOptions, Task> wait,
        string url)
    {
        for (var attempt = 1; ; attempt++)
        {
            await button.ClickAsync();
            try
            {
                await wait(new() { WaitUntil = WaitUntilState.Commit, Timeout = 7_000 });
                return;
            }
            catch (TimeoutException)
            {
                var refused = page.Locator(".error-summary, .field-error, [role=alert]");
                if (await refused.CountAsync() > 0)
                    Assert.Fail($"the save was refused on {page.Url}: {await refused.First.InnerTextAsync()}");
                if (attempt == 3) throw;
                // Visible in the run's output, so a click that needs repeating is seen, not hidden.
                Console.WriteLine($"RETRIED-CLICK {attempt} on {page.Url} did not reach {url}; clicking again");
            }
        }
    }

    public static async Task Shot(this IPage page, string name, bool fullPage = true) =>
        await page.ScreenshotAsync(new()
        {
            Path = Path.Combine(BrowserApp.Screens, name + ".png"),
            FullPage = fullPage
        });
}
