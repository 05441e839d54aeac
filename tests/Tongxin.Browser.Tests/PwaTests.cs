using System.Text.Json;

namespace Tongxin.Browser.Tests;

public sealed class PwaTests(BrowserApp app)
{
    [Fact]
    [Trait("Req", "SYS-2")]
    public async Task The_app_is_installable_works_offline_with_its_offline_page_and_caches_no_personal_data()
    {
        app.Require();
        // A profile on disk: Chromium reports every throwaway (incognito) context as not installable.
        using var playwright = await Playwright.CreateAsync();
        var profile = Directory.CreateTempSubdirectory("tongxin-pwa").FullName;
        await using var context = await playwright.Chromium.LaunchPersistentContextAsync(profile, new()
        {
            ExecutablePath = BrowserApp.Chromium, Headless = true, BaseURL = app.BaseUrl, Locale = "zh-CN",
            ViewportSize = new() { Width = 390, Height = 844 },
            Args = ["--lang=zh-CN", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-sync"],
        });
        var page = context.Pages.Count > 0 ? context.Pages[0] : await context.NewPageAsync();
        page.SetDefaultTimeout(30_000);
        await page.SignIn("staff", app.DemoPassword("staff"));
        await page.EvaluateAsync("() => navigator.serviceWorker.ready.then(() => true)");
        // Pages, a person's list and an API answer pass under the worker's eyes: none may end up in its cache.
        await page.GotoAsync("/people");
        await page.EvaluateAsync("() => fetch('/api/v1/bodies').then(r => r.status)");
        await page.GotoAsync("/");

        var cdp = await context.NewCDPSessionAsync(page);
        var manifest = await cdp.SendAsync("Page.getAppManifest");
        manifest!.Value.GetProperty("url").GetString().ShouldEndWith("/manifest.webmanifest");
        manifest.Value.GetProperty("errors").GetArrayLength().ShouldBe(0);
        // The manifest as Chromium fetched it (its raw text: "parsed" is not in every Chromium's protocol).
        using var data = JsonDocument.Parse(manifest.Value.GetProperty("data").GetString()!);
        data.RootElement.GetProperty("name").GetString().ShouldBe("同心·数字统战");
        var installability = await cdp.SendAsync("Page.getInstallabilityErrors");
        var errors = installability!.Value.GetProperty("installabilityErrors").EnumerateArray()
            .Select(e => e.GetProperty("errorId").GetString()).ToList();
        errors.ShouldBeEmpty(string.Join(", ", errors));

        var cached = await page.EvaluateAsync<string[]>("""
            async () => {
              const urls = [];
              for (const name of await caches.keys()) {
                const cache = await caches.open(name);
                for (const r of await cache.keys()) urls.push(new URL(r.url).pathname);
              }
              return urls;
            }
            """);
        cached.ShouldContain("/offline.html");
        cached.ShouldAllBe(u => !u.StartsWith("/api/") && !u.StartsWith("/people") && u != "/m" && !u.StartsWith("/m/")
            && !u.StartsWith("/account") && u != "/");

        await context.SetOfflineAsync(true);
        await page.GotoAsync("/people");
        await page.GetByRole(AriaRole.Heading, new() { Name = "暂时无法连接" }).WaitForAsync();
        await page.Shot("pwa-offline");
        await context.SetOfflineAsync(false);
        await context.CloseAsync();
        try { Directory.Delete(profile, true); } catch (IOException) { }
    }
}
