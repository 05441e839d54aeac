using Tongxin.Web.Features.Account;
using Tongxin.Web.Features.Users;

namespace Tongxin.Web.Tests;

public abstract class AccountTests(TestApp app)
{
    private async Task<(string User, string Password)> NewUserAsync(string role = "staff")
    {
        var admin = await app.SignInAs("sysadmin");
        var county = (await admin.Get<Page<RegionDto>>("/api/v1/regions?q=峰城区")).Items.First().Id;
        var name = "u" + Guid.NewGuid().ToString("N")[..10];
        var r = await admin.PostAsJsonAsync("/api/v1/users",
            new SaveUser.Request(name, "测试用户", county, [role]));
        return (name, (await r.Read<NewUser>(HttpStatusCode.Created)).OneTimePassword);
    }

    private async Task<HttpResponseMessage> Token(string user, string password) =>
        await app.Anonymous().PostAsJsonAsync("/api/v1/auth/token", new SignIn.Request(user, password));

    [Fact]
    [Trait("Req", "SEC-2")]
    public async Task Five_wrong_passwords_lock_the_account_and_the_right_one_then_fails_too()
    {
        app.Require();
        var (user, password) = await NewUserAsync();
        for (var i = 0; i < 5; i++)
            (await Token(user, "Wrong-Password-1")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        // The problem title is the wire text a locked and an unknown user both see, so it is read raw.
        var locked = await (await Token(user, password)).Problem(HttpStatusCode.Unauthorized);
        var unknown = await (await Token("nobody-" + Guid.NewGuid().ToString("N")[..6], password))
            .Problem(HttpStatusCode.Unauthorized);
        locked.GetProperty("title").GetString().ShouldBe(unknown.GetProperty("title").GetString());
        locked.GetProperty("title").GetString()!.ShouldContain("用户名或密码错误");
    }

    [Fact]
    [Trait("Req", "SEC-5")]
    [Trait("Req", "SEC-1")]
    public async Task A_one_time_password_allows_nothing_but_changing_it_to_a_strong_one()
    {
        var (user, password) = await NewUserAsync();
        var client = await app.SignInAs(user, password);
        // The refusal's problem title is the wire text the client shows, so it is read raw.
        var blocked = await (await client.GetAsync("/api/v1/bodies")).Problem(HttpStatusCode.Forbidden);
        blocked.GetProperty("title").GetString()!.ShouldContain("修改");

        const string change = "/api/v1/auth/change-password";
        var weak = await client.PostAsJsonAsync(change,
            new ChangePassword.Request(password, "fengcheng1", "fengcheng1"));
        var errors = await weak.Errors("NewPassword");
        errors.ShouldContain(e => e.Contains("12"));
        errors.ShouldContain(e => e.Contains("地名"));

        var mismatch = await client.PostAsJsonAsync(change,
            new ChangePassword.Request(password, "Good-Enough-Pass-42", "other"));
        await mismatch.Problem(HttpStatusCode.BadRequest);

        var ok = await client.PostAsJsonAsync(change,
            new ChangePassword.Request(password, "Good-Enough-Pass-42", "Good-Enough-Pass-42"));
        ok.StatusCode.ShouldBe(HttpStatusCode.NoContent, await ok.Content.ReadAsStringAsync());
        (await Token(user, password)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        var fresh = await app.SignInAs(user, "Good-Enough-Pass-42");
        (await fresh.GetAsync("/api/v1/bodies")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    [Trait("Req", "SEC-5")]
    public async Task The_first_administrator_must_change_the_configured_password()
    {
        var admin = await app.SignInAs("admin", TestApp.AdminPassword);
        (await admin.GetAsync("/api/v1/users")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var me = await admin.Get<Me>("/api/v1/auth/me");
        me.Roles.ShouldBe(["sysadmin"]);
    }

    [Fact]
    [Trait("Req", "SEC-5")]
    public async Task A_second_start_keeps_the_data_and_prints_no_password()
    {
        app.Require();
        var before = await app.WithDb("/",
            db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.CountAsync(db.Users));
        var output = new StringWriter();
        await Tongxin.Web.Startup.Bootstrap.RunAsync(app.Services, output);
        output.ToString().ShouldBeEmpty();
        (await app.WithDb("/",
            db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.CountAsync(db.Users)))
            .ShouldBe(before);
    }

    [Fact]
    [Trait("Req", "SEC-5")]
    public async Task Without_a_configured_password_the_first_start_generates_and_prints_one()
    {
        await using var fresh = await app.FreshAsync(new() { ["Tongxin:AdminPassword"] = "" });
        // The fresh start has already printed it; a generated password passes the policy and must be changed.
        var admin = await fresh.WithDb("/",
            db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.SingleAsync(db.Users,
            u => u.UserName == "admin"));
        admin.MustChangePassword.ShouldBeTrue();
        admin.PasswordHash.ShouldNotBeNullOrEmpty();
    }

    [Fact]
    [Trait("Req", "SEC-3")]
    public async Task A_disabled_user_can_no_longer_sign_in()
    {
        var (user, password) = await NewUserAsync("leader");
        var admin = await app.SignInAs("sysadmin");
        var row = (await admin.Get<Page<UserRow>>($"/api/v1/users?q={user}")).Items.Single();
        var county = (await admin.Get<Page<RegionDto>>("/api/v1/regions?q=峰城区")).Items.First().Id;
        var r = await admin.PutAsJsonAsync($"/api/v1/users/{row.Id}",
            new SaveUser.Request(null, "测试用户", county, ["leader"], Disabled: true));
        r.StatusCode.ShouldBe(HttpStatusCode.NoContent, await r.Content.ReadAsStringAsync());
        (await Token(user, password)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    [Trait("Req", "SEC-3")]
    [Trait("Req", "SEC-20")]
    [Trait("Req", "SEC-19")]
    public async Task The_sign_in_page_sets_a_strict_http_only_session_cookie_and_needs_its_antiforgery_token()
    {
        app.Require();
        var client = app.CookieClient();
        var noToken = await client.PostForm("/account/login", "login",
            new() { ["Input.UserName"] = "staff", ["Input.Password"] = app.DemoPassword("staff") }, withToken: false);
        noToken.StatusCode.ShouldBe(HttpStatusCode.BadRequest);

        var wrong = await client.SignInForm("staff", "not-the-password");
        (await wrong.Content.ReadAsStringAsync()).ShouldContain("用户名或密码错误");

        var ok = await client.SignInForm("staff", app.DemoPassword("staff"));
        ok.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var cookie = ok.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("tongxin.auth="));
        cookie.ToLowerInvariant().ShouldContain("httponly");
        cookie.ToLowerInvariant().ShouldContain("samesite=strict");
        // a session cookie; the server ends it after 20 idle minutes
        cookie.ToLowerInvariant().ShouldNotContain("expires=");
        var home = await client.GetAsync("/");
        home.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await home.Content.ReadAsStringAsync()).ShouldContain("统战图谱");
        // GET never signs out
        (await client.GetAsync("/account/logout")).StatusCode.ShouldNotBe(HttpStatusCode.Redirect);
    }

    [Fact]
    [Trait("Req", "SYS-1")]
    public async Task Chinese_by_default_and_English_on_request()
    {
        app.Require();
        var client = app.CookieClient();
        (await client.GetStringAsync("/account/login")).ShouldContain("登录");
        (await client.PostAsync("/account/culture?culture=en-US&returnUrl=/account/login",
            null)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await client.GetStringAsync("/account/login")).ShouldContain("Sign in");
    }

    private sealed record NewUser(string Id, string UserName, string OneTimePassword);
}

public sealed class AccountTestsSqlite(SqliteApp app) : AccountTests(app);
public sealed class AccountTestsPostgres(PostgresApp app) : AccountTests(app);
