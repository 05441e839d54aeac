using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Tongxin.Data.Entities;
using Tongxin.Web.Features.Account;

namespace Tongxin.Web.Tests.Account;

/// <summary>SEC-4: an authenticator second factor, each code accepted once, recovery codes spent when used.</summary>
public abstract partial class TwoFactorTests(TestApp app)
{
    private const string Password = "Test-User-Pass#2026";
    private sealed record Setup(bool Enabled, string? Key, string? OtpAuthUri, string? QrCodeDataUri);
    private sealed record Enrolled(List<string> RecoveryCodes);
    private sealed record TwoFactorProblem(string Title, bool TwoFactorRequired);

    private static async Task<(HttpClient Client, string Name)> NewUser(TestApp app, BuiltInRole role)
    {
        var client = await app.SignInAs(role);
        return (client, (await client.Get<Me>("/api/v1/auth/me")).UserName);
    }

    private static async Task<(string Key, List<string> RecoveryCodes)> EnrolAsync(HttpClient client,
        DateTimeOffset now)
    {
        var setup = await client.Get<Setup>("/api/v1/auth/two-factor");
        setup.Enabled.ShouldBeFalse();
        var key = TestTotp.SecretOf(setup.OtpAuthUri!);
        var enrolled = await (await client.PostAsJsonAsync("/api/v1/auth/two-factor",
            new EnrolTwoFactor.Request(TestTotp.Code(key, now)))).Read<Enrolled>();
        return (key, enrolled.RecoveryCodes);
    }

    private static Task<HttpResponseMessage> Token(TestApp app, string user, string? code = null,
        string? recovery = null) => app.Anonymous().PostAsJsonAsync("/api/v1/auth/token",
        new SignIn.Request(user, Password, code, recovery));

    [Fact]
    [Trait("Req", "SEC-4")]
    public async Task Enrolled_users_sign_in_with_a_code_that_works_once_or_a_recovery_code_that_works_once()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var fresh = await app.FreshAsync(services: s => s.AddSingleton<TimeProvider>(clock));
        var (client, name) = await NewUser(fresh, BuiltInRole.Leader);
        var setup = await client.Get<Setup>("/api/v1/auth/two-factor");
        setup.OtpAuthUri!.ShouldStartWith("otpauth://totp/");
        setup.OtpAuthUri.ShouldContain("issuer=" + Uri.EscapeDataString("同心"));
        setup.QrCodeDataUri!.ShouldStartWith("data:image/png;base64,");
        var key = TestTotp.SecretOf(setup.OtpAuthUri);
        var wrong = TestTotp.Code(key, clock.GetUtcNow()) == "000000" ? "111111" : "000000";
        (await (await client.PostAsJsonAsync("/api/v1/auth/two-factor", new EnrolTwoFactor.Request(wrong)))
            .Errors("Code")).ShouldNotBeEmpty();
        var enrolCode = TestTotp.Code(key, clock.GetUtcNow());
        var codes = (await (await client.PostAsJsonAsync("/api/v1/auth/two-factor",
            new EnrolTwoFactor.Request(enrolCode))).Read<Enrolled>()).RecoveryCodes;
        codes.Count.ShouldBe(10);
        codes.Distinct().Count().ShouldBe(10);

        var missing = await (await Token(fresh, name)).Read<TwoFactorProblem>(HttpStatusCode.Unauthorized);
        missing.TwoFactorRequired.ShouldBeTrue();
        missing.Title.ShouldContain("两步验证");
        // the code that confirmed the enrolment is spent
        (await Token(fresh, name, enrolCode)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        clock.Advance(TimeSpan.FromSeconds(30));
        var code = TestTotp.Code(key, clock.GetUtcNow());
        (await Token(fresh, name, code)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await Token(fresh, name, code)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);

        (await Token(fresh, name, recovery: codes[3])).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await Token(fresh, name, recovery: codes[3])).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await Token(fresh, name, recovery: codes[4])).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    [Trait("Req", "SEC-4")]
    [Trait("Req", "SEC-2")]
    public async Task Wrong_codes_count_toward_the_lockout_and_are_audited()
    {
        var (client, name) = await NewUser(app, BuiltInRole.Leader);
        var (key, _) = await EnrolAsync(client, DateTimeOffset.UtcNow);
        var right = TestTotp.Code(key, DateTimeOffset.UtcNow);
        var wrong = right == "123456" ? "654321" : "123456";
        for (var i = 0; i < 5; i++)
            (await Token(app, name, wrong)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        var locked = await (await Token(app, name)).Read<TwoFactorProblem>(HttpStatusCode.Unauthorized);
        locked.TwoFactorRequired.ShouldBeFalse();
        locked.Title.ShouldBe(SignIn.Failed);
        var user = await app.WithDb("/", db => db.Users.SingleAsync(u => u.UserName == name));
        user.LockoutEnd.ShouldNotBeNull();
        user.LockoutEnd.Value.ShouldBeGreaterThan(DateTimeOffset.UtcNow);
        var failures = await app.WithDb("/", db => db.Set<AuditEntry>()
            .CountAsync(a => a.ObjectId == user.Id && a.Event == TwoFactorEvents.Failed && !a.Success));
        failures.ShouldBe(5);
        (await app.WithDb("/", db => db.Set<AuditEntry>()
            .AnyAsync(a => a.ObjectId == user.Id && a.Event == TwoFactorEvents.Enabled))).ShouldBeTrue();
    }

    [Fact]
    [Trait("Req", "SEC-4")]
    public async Task The_security_administrator_resets_a_second_factor_and_the_system_administrator_cannot()
    {
        var (client, name) = await NewUser(app, BuiltInRole.Leader);
        await EnrolAsync(client, DateTimeOffset.UtcNow);
        var id = await app.WithDb("/", db => db.Users.Where(u => u.UserName == name).Select(u => u.Id).SingleAsync());
        var reset = $"/api/v1/users/{id}/two-factor/reset";
        (await (await app.SignInAs("sysadmin")).PostAsync(reset, null)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await Token(app, name)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);

        var secadmin = await app.SignInAs("secadmin");
        (await secadmin.PostAsync(reset, null)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await Token(app, name)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await app.WithDb("/", db => db.Set<AuditEntry>().AnyAsync(a => a.ObjectId == id
            && a.Event == TwoFactorEvents.Reset && a.UserName == "secadmin"))).ShouldBeTrue();
        var page = app.CookieClient();
        (await page.SignInForm("secadmin", app.DemoPassword("secadmin"))).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await page.GetAsync("/system/users")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    [Trait("Req", "SEC-4")]
    public async Task Administrators_and_sensitive_roles_must_enrol_before_anything_else_on_the_page_and_the_api()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var fresh = await app.FreshAsync(new() { ["Tongxin:Security:RequireTwoFactor"] = "true" },
            s => s.AddSingleton<TimeProvider>(clock));
        var sysadmin = await fresh.SignInAs("sysadmin");
        (await (await sysadmin.GetAsync("/api/v1/users")).Read<TwoFactorProblem>(HttpStatusCode.Forbidden))
            .Title.ShouldContain("两步验证");
        (await sysadmin.GetAsync("/api/v1/auth/me")).StatusCode.ShouldBe(HttpStatusCode.OK);
        var town = await fresh.SignInAs(BuiltInRole.TownOfficer, TestApp.TownA);
        (await town.GetAsync("/api/v1/bodies")).StatusCode.ShouldBe(HttpStatusCode.OK);

        var (_, leader) = await NewUser(fresh, BuiltInRole.Leader);
        var page = fresh.CookieClient();
        (await page.SignInForm(leader, Password)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var home = await page.GetAsync("/");
        home.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        home.Headers.Location!.OriginalString.ShouldBe("/account/security");
        (await page.GetAsync("/people")).Headers.Location!.OriginalString.ShouldBe("/account/security");

        var codes = await EnrolOnThePage(page, clock.GetUtcNow());
        codes.Count.ShouldBe(10);
        (await page.GetAsync("/")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    [Trait("Req", "SEC-4")]
    public async Task The_sign_in_page_asks_for_the_code_after_the_password()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var fresh = await app.FreshAsync(services: s => s.AddSingleton<TimeProvider>(clock));
        var (_, name) = await NewUser(fresh, BuiltInRole.Leader);
        var page = fresh.CookieClient();
        (await page.SignInForm(name, Password)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var key = (await EnrolOnThePage(page, clock.GetUtcNow(), keepKey: true)).Single();
        var token = await page.AntiforgeryToken("/");
        (await page.PostAsync("/account/logout", new FormUrlEncodedContent([new("__RequestVerificationToken",
            token)]))).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var password = await page.SignInForm(name, Password);
        password.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        PathOf(password).ShouldStartWith(TwoFactorSignInPage.Path);
        (await page.GetAsync("/")).StatusCode.ShouldBe(HttpStatusCode.Redirect); // not signed in yet
        var replay = await SecondStep(page, TestTotp.Code(key, clock.GetUtcNow()));
        (await replay.Content.ReadAsStringAsync()).ShouldContain("验证码或恢复码不正确");
        clock.Advance(TimeSpan.FromSeconds(30));
        var ok = await SecondStep(page, TestTotp.Code(key, clock.GetUtcNow()));
        ok.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        PathOf(ok).ShouldBe("/");
        (await page.GetAsync("/")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    private static string PathOf(HttpResponseMessage r) =>
        r.Headers.Location is { IsAbsoluteUri: true } u ? u.PathAndQuery : r.Headers.Location!.OriginalString;

    private static Task<HttpResponseMessage> SecondStep(HttpClient page, string code) =>
        page.PostForm(TwoFactorSignInPage.Path + "?ReturnUrl=%2F", "two-factor", new() { ["Input.Code"] = code });

    /// <summary>Enrols on 账户安全 and returns the recovery codes shown (or, with keepKey, the key).</summary>
    private static async Task<List<string>> EnrolOnThePage(HttpClient page, DateTimeOffset now, bool keepKey = false)
    {
        var html = await page.GetStringAsync(TwoFactorPath);
        var key = KeyPattern().Match(html).Groups[1].Value.Replace(" ", "");
        key.ShouldNotBeEmpty();
        var done = await page.PostForm(TwoFactorPath, "enrol-two-factor",
            new() { ["Input.Code"] = TestTotp.Code(key, now) });
        var shown = await done.Content.ReadAsStringAsync();
        var codes = CodePattern().Matches(shown).Select(m => m.Groups[1].Value).ToList();
        return keepKey && codes.Count == 10 ? [key] : codes;
    }

    private const string TwoFactorPath = "/account/security";

    [GeneratedRegex("id=\"authenticator-key\"[^>]*>([a-z2-7 ]+)<")]
    private static partial Regex KeyPattern();

    [GeneratedRegex("<li>([A-Z0-9-]{6,20})</li>")]
    private static partial Regex CodePattern();
}

public sealed class TwoFactorTestsSqlite(SqliteApp app) : TwoFactorTests(app);
public sealed class TwoFactorTestsPostgres(PostgresApp app) : TwoFactorTests(app);
