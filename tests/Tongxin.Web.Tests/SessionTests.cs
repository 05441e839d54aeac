using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Tongxin.Web.Features.Users;

namespace Tongxin.Web.Tests;

/// <summary>SEC-3 with a fake clock: 20 minutes idle end a session; so do 8 hours of activity.</summary>
public abstract class SessionTests(TestApp app)
{
    [Fact]
    [Trait("Req", "SEC-3")]
    public async Task Sessions_end_after_20_idle_minutes_and_after_8_hours_however_busy()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var fresh = await app.FreshAsync(services: s => s.AddSingleton<TimeProvider>(clock));
        var client = fresh.CookieClient();
        (await client.SignInForm("staff", fresh.DemoPassword("staff"))).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await client.GetAsync("/")).StatusCode.ShouldBe(HttpStatusCode.OK);
        clock.Advance(TimeSpan.FromMinutes(19));
        (await client.GetAsync("/")).StatusCode.ShouldBe(HttpStatusCode.OK);
        clock.Advance(TimeSpan.FromMinutes(21));
        var idle = await client.GetAsync("/");
        idle.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        idle.Headers.Location!.ToString().ShouldContain("/account/login");

        (await client.SignInForm("staff", fresh.DemoPassword("staff"))).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var busy = TimeSpan.Zero;
        while (busy < TimeSpan.FromHours(8) - TimeSpan.FromMinutes(15))
        {
            clock.Advance(TimeSpan.FromMinutes(15));
            busy += TimeSpan.FromMinutes(15);
            (await client.GetAsync("/")).StatusCode.ShouldBe(HttpStatusCode.OK, $"after {busy}");
        }
        clock.Advance(TimeSpan.FromMinutes(16));
        (await client.GetAsync("/")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
    }

    [Fact]
    [Trait("Req", "SEC-3")]
    public async Task Disabling_a_user_ends_their_page_session_and_api_token_within_a_minute()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var fresh = await app.FreshAsync(services: s => s.AddSingleton<TimeProvider>(clock));
        var page = fresh.CookieClient();
        (await page.SignInForm("leader", fresh.DemoPassword("leader"))).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var api = await fresh.SignInAs("leader");
        (await page.GetAsync("/")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await api.GetAsync("/api/v1/bodies")).StatusCode.ShouldBe(HttpStatusCode.OK);

        var admin = await fresh.SignInAs("sysadmin");
        var leader = (await admin.Get<Page<UserRow>>("/api/v1/users?q=leader")).Items.Single();
        var county = (await admin.Get<Page<RegionDto>>("/api/v1/regions?q=峰城区")).Items.First().Id;
        (await admin.PutAsJsonAsync($"/api/v1/users/{leader.Id}",
            new SaveUser.Request(null, "部领导（演示）", county, ["leader"], Disabled: true)))
            .StatusCode.ShouldBe(HttpStatusCode.NoContent);

        clock.Advance(TimeSpan.FromSeconds(61));
        var ended = await page.GetAsync("/");
        ended.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        ended.Headers.Location!.ToString().ShouldContain("/account/login");
        (await api.GetAsync("/api/v1/bodies")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    [Trait("Req", "SEC-1")]
    public async Task A_password_older_than_90_days_must_be_changed_at_sign_in()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var fresh = await app.FreshAsync(services: s => s.AddSingleton<TimeProvider>(clock));
        (await (await fresh.SignInAs("reviewer")).GetAsync("/api/v1/dashboard")).StatusCode.ShouldBe(HttpStatusCode.OK);
        clock.Advance(TimeSpan.FromDays(91));
        var expired = await fresh.SignInAs("reviewer");
        // The refusal's problem title is the wire text the client shows, so it is read raw.
        (await (await expired.GetAsync("/api/v1/dashboard")).Problem(HttpStatusCode.Forbidden)).GetProperty("title")
            .GetString()!.ShouldContain("修改");
    }
}

public sealed class SessionTestsSqlite(SqliteApp app) : SessionTests(app);
public sealed class SessionTestsPostgres(PostgresApp app) : SessionTests(app);
