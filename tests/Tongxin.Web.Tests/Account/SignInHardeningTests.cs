using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.AspNetCore.Identity;
using Tongxin.Data.Entities;
using Tongxin.Web.Features.Account;
using Tongxin.Web.Features.Users;

namespace Tongxin.Web.Tests.Account;

/// <summary>Issue 14, "found when probed" 3, 4 and 8: each failed before its fix.</summary>
public abstract class SignInHardeningTests(TestApp app)
{
    private const string Proxy = "10.0.0.9";

    private static Task<HttpResponseMessage> Token(HttpClient c, string user, string password) =>
        c.PostAsJsonAsync("/api/v1/auth/token", new SignIn.Request(user, password));

    [Fact]
    [Trait("Req", "SEC-2")]
    public async Task Every_attempt_checks_a_password_once_whether_the_name_is_unknown_locked_disabled_or_fine()
    {
        var hasher = new CountingHasher();
        await using var fresh = await app.FreshAsync(
            services: s => s.AddSingleton<IPasswordHasher<AppUser>>(hasher));
        var admin = await fresh.SignInAs("sysadmin");
        var county = (await admin.Get<Page<RegionDto>>("/api/v1/regions?q=峰城区")).Items.First().Id;
        async Task<(string Name, string Password)> NewUser()
        {
            var name = TestData.Unique("probe");
            var created = await (await admin.PostAsJsonAsync("/api/v1/users",
                new SaveUser.Request(name, "探测用户", county, ["leader"]))).Read<NewUser>(HttpStatusCode.Created);
            return (name, created.OneTimePassword);
        }
        var locked = await NewUser();
        var disabled = await NewUser();
        var mustChange = await NewUser();
        var row = (await admin.Get<Page<UserRow>>($"/api/v1/users?q={disabled.Name}")).Items.Single();
        (await admin.PutAsJsonAsync($"/api/v1/users/{row.Id}", new SaveUser.Request(null, "探测用户", county,
            ["leader"], Disabled: true))).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        var client = fresh.Anonymous();
        for (var i = 0; i < 5; i++)
            (await Token(client, locked.Name, "Wrong-Password-1")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);

        (string Case, string User, string Password, HttpStatusCode Status)[] attempts =
        [
            ("unknown", "nobody-" + Guid.NewGuid().ToString("N")[..8], "Some-Password-1", HttpStatusCode.Unauthorized),
            ("empty name", "", "Some-Password-1", HttpStatusCode.Unauthorized),
            ("locked, right password", locked.Name, locked.Password, HttpStatusCode.Unauthorized),
            ("locked, wrong password", locked.Name, "Wrong-Password-1", HttpStatusCode.Unauthorized),
            ("disabled, right password", disabled.Name, disabled.Password, HttpStatusCode.Unauthorized),
            ("disabled, wrong password", disabled.Name, "Wrong-Password-1", HttpStatusCode.Unauthorized),
            ("must change", mustChange.Name, mustChange.Password, HttpStatusCode.OK),
            ("wrong password", "staff", "Wrong-Password-1", HttpStatusCode.Unauthorized),
            ("right password", "staff", fresh.DemoPassword("staff"), HttpStatusCode.OK),
        ];
        foreach (var (what, user, password, status) in attempts)
        {
            var before = hasher.Verified;
            (await Token(client, user, password)).StatusCode.ShouldBe(status, what);
            (hasher.Verified - before).ShouldBe(1, what);
        }
    }

    [Fact]
    [Trait("Req", "SEC-22")]
    public async Task Clients_behind_the_proxy_are_limited_apart_and_one_name_is_limited_across_addresses()
    {
        await using var fresh = await ProxiedAppAsync();
        var first = fresh.Anonymous().Via(Proxy, "203.0.113.1");
        for (var i = 0; i < 3; i++)
            (await Token(first, $"spray{i}", "x")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        var limited = await Token(first, "spray3", "x");
        // The wire text the API client shows, read raw.
        (await limited.Problem(HttpStatusCode.TooManyRequests)).GetProperty("title").GetString()!
            .ShouldContain("过于频繁");
        var second = fresh.Anonymous().Via(Proxy, "203.0.113.2");
        (await Token(second, "other0", "x")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);

        for (var i = 0; i < 3; i++)
            (await Token(fresh.Anonymous().Via(Proxy, $"198.18.0.{i + 1}"), "target", "x"))
                .StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await Token(fresh.Anonymous().Via(Proxy, "198.18.0.9"), "target", "x"))
            .StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
    }

    [Fact]
    [Trait("Req", "SEC-22")]
    public async Task Forwarded_for_from_an_address_that_is_not_a_configured_proxy_is_ignored()
    {
        await using var fresh = await ProxiedAppAsync();
        for (var i = 0; i < 3; i++)
            (await Token(fresh.Anonymous().Via("192.0.2.50", $"203.0.113.{i + 10}"), $"forged{i}", "x"))
                .StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await Token(fresh.Anonymous().Via("192.0.2.50", "203.0.113.99"), "forged9", "x"))
            .StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        (await Token(fresh.Anonymous().Via("192.0.2.50", "203.0.113.77"), "staff", fresh.DemoPassword("staff")))
            .StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        await Token(fresh.Anonymous().Via("192.0.2.51", "203.0.113.78"), "forged10", "x");
        (await LastAuditIp(fresh, "forged10")).ShouldBe("192.0.2.51");
    }

    [Fact]
    [Trait("Req", "SEC-22")]
    public async Task The_audit_row_of_a_sign_in_records_the_client_address_the_proxy_forwarded()
    {
        await using var fresh = await ProxiedAppAsync();
        (await Token(fresh.Anonymous().Via(Proxy, "203.0.113.50"), "staff", fresh.DemoPassword("staff")))
            .StatusCode.ShouldBe(HttpStatusCode.OK);
        (await LastAuditIp(fresh, "staff")).ShouldBe("203.0.113.50");
    }

    [Fact]
    [Trait("Req", "SEC-22")]
    public async Task Loading_the_sign_in_page_costs_nothing_and_a_limited_user_reads_why_in_chinese()
    {
        await using var fresh = await ProxiedAppAsync();
        var browser = fresh.CookieClient().Via(Proxy, "203.0.113.60");
        for (var i = 0; i < 10; i++)
            (await browser.GetAsync("/account/login")).StatusCode.ShouldBe(HttpStatusCode.OK);
        for (var i = 0; i < 3; i++)
            (await (await browser.SignInForm($"page{i}", "x")).Content.ReadAsStringAsync())
                .ShouldContain("用户名或密码错误");
        var limited = await browser.SignInForm("page3", "x");
        var html = await limited.Content.ReadAsStringAsync();
        limited.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        limited.Content.Headers.ContentType!.MediaType.ShouldBe("text/html");
        html.ShouldContain("登录尝试过于频繁，请稍后再试");
        html.ShouldContain("name=\"Input.UserName\"");
    }

    [Fact]
    [Trait("Req", "SEC-19")]
    public async Task Signing_out_needs_the_antiforgery_token()
    {
        app.Require();
        var client = app.CookieClient();
        (await client.SignInForm("staff", app.DemoPassword("staff"))).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var forged = await client.PostAsync("/account/logout", new FormUrlEncodedContent([]));
        forged.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await client.GetAsync("/")).StatusCode.ShouldBe(HttpStatusCode.OK);
        var token = await client.AntiforgeryToken("/");
        var real = await client.PostAsync("/account/logout",
            new FormUrlEncodedContent([new("__RequestVerificationToken", token)]));
        real.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await client.GetAsync("/")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
    }

    private Task<TestApp> ProxiedAppAsync() => app.FreshAsync(new()
    {
        ["Tongxin:SignInPermitsPerMinute"] = "3",
        ["Tongxin:Security:KnownProxies:0"] = Proxy,
    }, PeerAddress.Register);

    private static Task<string?> LastAuditIp(TestApp app, string userName) => app.WithDb("/", db =>
        db.Set<AuditEntry>().Where(a => a.UserName == userName).OrderByDescending(a => a.Seq)
            .Select(a => a.Ip).FirstAsync());

    private sealed record NewUser(string Id, string UserName, string OneTimePassword);
}

public sealed class SignInHardeningTestsSqlite(SqliteApp app) : SignInHardeningTests(app);
public sealed class SignInHardeningTestsPostgres(PostgresApp app) : SignInHardeningTests(app);
