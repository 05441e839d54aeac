using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Tongxin.Web.Tests.Infrastructure;

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
}

public sealed class SessionTestsSqlite(SqliteApp app) : SessionTests(app);
public sealed class SessionTestsPostgres(PostgresApp app) : SessionTests(app);
