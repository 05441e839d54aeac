using System.Text.Json;

namespace Tongxin.Web.Tests;

/// <summary>
/// SYS-1: handler messages speak the reader's language. The API follows Accept-Language (Chinese without one);
/// pages follow the culture cookie only.
/// </summary>
public abstract class LocalisationTests(TestApp app)
{
    private static HttpRequestMessage Request(HttpMethod method, string url, string? language, object? body = null)
    {
        var m = new HttpRequestMessage(method, url);
        if (language is not null) m.Headers.AcceptLanguage.ParseAdd(language);
        if (body is not null) m.Content = JsonContent.Create(body);
        return m;
    }

    private async Task<JsonElement> NamelessPerson(HttpClient c, string? language)
    {
        var node = (await c.GetJson("/api/v1/regions?q=峰城区")).Items().First().GetProperty("id").GetGuid();
        var body = new
        {
            name = "", nodeId = node, categories = new[] { "C02" }, ethnicity = "E01",
            affiliation = "A09"
        };
        return await (await c.SendAsync(Request(HttpMethod.Post, "/api/v1/people", language, body)))
            .Problem(HttpStatusCode.BadRequest);
    }

    [Fact]
    [Trait("Req", "SYS-1")]
    public async Task A_validation_error_is_Chinese_by_default_and_English_when_the_client_asks()
    {
        var staff = await app.SignInAs("staff");

        var zh = await NamelessPerson(staff, null);
        zh.GetProperty("title").GetString().ShouldBe("输入有误");
        zh.GetProperty("errors").GetProperty("Name")[0].GetString().ShouldBe("请填写姓名");

        var en = await NamelessPerson(staff, "en-US,en;q=0.9");
        en.GetProperty("title").GetString().ShouldBe("Invalid input");
        en.GetProperty("errors").GetProperty("Name")[0].GetString().ShouldBe("Name is required");
    }

    [Fact]
    [Trait("Req", "SYS-1")]
    public async Task A_not_found_answer_is_Chinese_by_default_and_English_when_the_client_asks()
    {
        var staff = await app.SignInAs("staff");
        var url = $"/api/v1/people/{Guid.NewGuid()}";

        var zh = await (await staff.SendAsync(Request(HttpMethod.Get, url, null))).Problem(HttpStatusCode.NotFound);
        zh.GetProperty("title").GetString().ShouldBe("记录不存在或不在您的数据范围内");

        var en = await (await staff.SendAsync(Request(HttpMethod.Get, url, "en-US"))).Problem(HttpStatusCode.NotFound);
        en.GetProperty("title").GetString().ShouldBe("Record does not exist or is outside your data scope");
    }

    [Fact]
    [Trait("Req", "SYS-1")]
    public async Task Duty_status_names_and_reminder_notes_follow_the_client_language()
    {
        var staff = await app.SignInAs("staff");

        async Task<List<JsonElement>> Top(string? language)
        {
            var r = await staff.SendAsync(Request(HttpMethod.Get, "/api/v1/duties/reminders", language));
            r.StatusCode.ShouldBe(HttpStatusCode.OK, await r.Content.ReadAsStringAsync());
            return (await r.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("top").EnumerateArray().ToList();
        }

        var zh = await Top(null);
        zh.ShouldNotBeEmpty();
        zh.ShouldAllBe(r => r.GetProperty("statusText").GetString() == "滞后"
            || r.GetProperty("statusText").GetString() == "未完成");
        zh.ShouldAllBe(r => r.GetProperty("note").GetString()!.StartsWith("还差 "));

        var en = await Top("en-US");
        en.ShouldAllBe(r => r.GetProperty("statusText").GetString() == "Behind"
            || r.GetProperty("statusText").GetString() == "Missed");
        en.ShouldAllBe(r => r.GetProperty("note").GetString()!.Contains(" more needed"));
    }

    [Fact]
    [Trait("Req", "SYS-1")]
    public async Task The_cookie_wins_over_Accept_Language_and_pages_ignore_Accept_Language()
    {
        app.Require();
        var browser = app.CookieClient();
        browser.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en-US,en;q=0.9"); // what an English browser sends
        var zh = await browser.SignInForm("nobody-loc", "not-the-password");
        (await zh.Content.ReadAsStringAsync())
            .ShouldContain("用户名或密码错误；连续 5 次错误将锁定 15 分钟");

        (await browser.PostAsync("/account/culture?culture=en-US&returnUrl=/account/login", null))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var en = await browser.SignInForm("nobody-loc", "not-the-password");
        (await en.Content.ReadAsStringAsync())
            .ShouldContain("Wrong user name or password; 5 failures in a row lock the account for 15 minutes");

        // An API client that chose Chinese by cookie keeps it whatever its Accept-Language says.
        var staff = await app.SignInAs("staff");
        var zhCookie = Request(HttpMethod.Get, $"/api/v1/people/{Guid.NewGuid()}", "en-US");
        zhCookie.Headers.Add("Cookie", ".AspNetCore.Culture=c%3Dzh-CN%7Cuic%3Dzh-CN");
        var problem = await (await staff.SendAsync(zhCookie)).Problem(HttpStatusCode.NotFound);
        problem.GetProperty("title").GetString().ShouldBe("记录不存在或不在您的数据范围内");
    }
}

public sealed class LocalisationTestsSqlite(SqliteApp app) : LocalisationTests(app);
public sealed class LocalisationTestsPostgres(PostgresApp app) : LocalisationTests(app);
