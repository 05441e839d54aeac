using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Tongxin.Browser.Tests;

/// <summary>
/// Issue 15, "Measured": the phone task — from the sign-in page to a saved activity with date, type, topic and one
/// participant — on a 390×844 phone with JavaScript off, as village1 and town1. Taps and filled fields are counted
/// (not timed); the first save must succeed. Prints one line per role and keeps it in TestResults/phone-task.txt.
/// </summary>
public sealed partial class PhoneTaskTests(BrowserApp app)
{
    private static readonly Lock FileLock = new();

    [Theory]
    [InlineData("village1")]
    [InlineData("town1")]
    [Trait("Req", "OBL-1")]
    [Trait("Req", "SYS-1")]
    public async Task Records_an_activity_on_a_phone_in_at_most_8_taps(string role)
    {
        var context = await app.Require().NewContextAsync(new()
        {
            ViewportSize = new() { Width = 390, Height = 844 }, Locale = "zh-CN", BaseURL = app.BaseUrl,
            JavaScriptEnabled = false,
        });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(20_000);
        var task = new Counted();
        var shot = 0;
        Task Shot(string step) => page.Shot($"phone-activity-{role}-{++shot}-{step}");

        await page.GotoAsync("/account/login");
        await Shot("login");
        (await page.TitleAsync()).ShouldBe("登录 · 同心");
        await task.Fill(page.GetByLabel("用户名"), role);
        await task.Fill(page.GetByLabel("密码", new() { Exact = true }), app.DemoPassword(role));
        await task.Click(page.GetByRole(AriaRole.Button, new() { Name = "登录" }));
        await page.WaitForURLAsync("**/m"); // a phone lands on the field home, without a script
        await Shot("home");

        // Someone in the user's scope whose name finds only them: asked of the API as this user, not of the database.
        using var api = await Api(role);
        var (personId, name) = await OnlyMatch(api);
        var topic = $"手机记录{Guid.NewGuid():N}"[..12];

        await task.Click(page.GetByRole(AriaRole.Link, new() { Name = "记录活动" }));
        await page.WaitForURLAsync("**/m/activities/new");
        await Shot("form");
        // One <title>, the page's own (App.razor's fixed one was sent as well before).
        (await page.Locator("head > title").CountAsync()).ShouldBe(1);
        (await page.TitleAsync()).ShouldBe("记录活动 · 同心");
        await task.Fill(page.GetByLabel("主题"), topic);
        var type = page.Locator("label.choice:has(input[name='Input.Type'])").First; // tapped by its label, as a thumb
        var typeCode = await type.Locator("input").GetAttributeAsync("value");
        await task.Click(type);
        await task.Fill(page.GetByLabel("按姓名或拼音首字母查找"), name);
        await task.Click(page.GetByRole(AriaRole.Button, new() { Name = "查找" }));
        var box = page.Locator($"input[name='Input.Participants'][value='{personId}']");
        await box.WaitForAsync();
        await Shot("found");
        if (!await box.IsCheckedAsync()) await task.Click(box);
        await task.Click(page.GetByRole(AriaRole.Button, new() { Name = "保存", Exact = true }));

        // The first save succeeds: the 保存成功 page, and the activity as the API tells it.
        await page.WaitForURLAsync(SavedUrl());
        await page.GetByRole(AriaRole.Heading, new() { Name = "保存成功" }).WaitForAsync();
        await Shot("saved");
        var id = SavedUrl().Match(page.Url).Groups[1].Value;
        var saved = await Json(api, $"/api/v1/activities/{id}");
        saved.GetProperty("topic").GetString().ShouldBe(topic);
        saved.GetProperty("type").GetString().ShouldBe(typeCode);
        saved.GetProperty("date").GetString().ShouldBe(DateTime.UtcNow.AddHours(8).ToString("yyyy-MM-dd"));
        saved.GetProperty("participants").EnumerateArray().Select(p => p.GetProperty("id").GetString())
            .ShouldBe([personId]);

        var line = $"PHONE-TASK {role}: taps={task.Taps} fields={task.Fields} first-save=ok";
        Console.WriteLine(line);
        TestContext.Current.TestOutputHelper?.WriteLine(line);
        Record(role, line);
        task.Taps.ShouldBeLessThanOrEqualTo(8);
        await context.CloseAsync();
    }

    private async Task<HttpClient> Api(string role)
    {
        var api = new HttpClient { BaseAddress = new Uri(app.BaseUrl) };
        var r = await api.PostAsJsonAsync("/api/v1/auth/token",
            new Tongxin.Web.Features.Account.SignIn.Request(role, app.DemoPassword(role)));
        r.EnsureSuccessStatusCode();
        var token = (await r.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString();
        api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return api;
    }

    private static async Task<(string Id, string Name)> OnlyMatch(HttpClient api)
    {
        var people = await Json(api, "/api/v1/people?pageSize=30");
        foreach (var p in people.GetProperty("items").EnumerateArray())
        {
            var name = p.GetProperty("name").GetString()!;
            var found = await Json(api, $"/api/v1/people?q={Uri.EscapeDataString(name)}");
            if (found.GetProperty("total").GetInt32() == 1) return (p.GetProperty("id").GetString()!, name);
        }
        throw new InvalidOperationException("no person in scope with a name that finds only them");
    }

    private static async Task<JsonElement> Json(HttpClient api, string url)
    {
        var r = await api.GetAsync(url);
        r.StatusCode.ShouldBe(System.Net.HttpStatusCode.OK, url);
        return await r.Content.ReadFromJsonAsync<JsonElement>();
    }

    private static void Record(string role, string line)
    {
        var file = Path.Combine(BrowserApp.Screens, "..", "phone-task.txt");
        lock (FileLock)
        {
            var lines = File.Exists(file) ? File.ReadAllLines(file).ToList() : [];
            lines.RemoveAll(l => l.StartsWith($"PHONE-TASK {role}:", StringComparison.Ordinal));
            lines.Add(line);
            File.WriteAllLines(file, lines.Order(StringComparer.Ordinal));
        }
    }

    [GeneratedRegex("/m/activities/saved/([0-9a-f-]{36})$")]
    private static partial Regex SavedUrl();

    /// <summary>Every tap and every filled field of the task goes through here, so the count is the task's.</summary>
    private sealed class Counted
    {
        public int Taps { get; private set; }
        public int Fields { get; private set; }

        public async Task Click(ILocator target)
        {
            Taps++;
            await target.ClickAsync();
        }

        public async Task Fill(ILocator field, string value)
        {
            Fields++;
            await field.FillAsync(value);
        }
    }
}
