namespace Tongxin.Web.Tests.Field;

/// <summary>Where "/" leads after sign-in: field roles to the field home, staff to the dashboard; either can switch
/// and the choice is kept (issue 15, item 1).</summary>
public abstract class PhoneLandingTests(TestApp app)
{
    private async Task<HttpClient> Browser(string user)
    {
        var client = app.CookieClient();
        (await client.SignInForm(user, app.DemoPassword(user))).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        return client;
    }

    [Theory]
    [InlineData("village1", "/m")]
    [InlineData("town1", "/m")]
    [InlineData("staff", null)]
    [InlineData("leader", null)]
    [Trait("Req", "SYS-2")]
    public async Task The_home_follows_the_role(string user, string? lands)
    {
        var response = await (await Browser(user)).GetAsync("/");
        if (lands is null) response.StatusCode.ShouldBe(HttpStatusCode.OK);
        else response.Headers.Location?.ToString().ShouldBe(lands);
    }

    [Fact]
    [Trait("Req", "SYS-2")]
    public async Task A_field_user_can_choose_the_desktop_and_back()
    {
        var village = await Browser("village1");
        (await village.GetAsync("/?view=desktop")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await village.GetAsync("/")).StatusCode.ShouldBe(HttpStatusCode.OK); // remembered
        (await village.GetAsync("/m?view=phone")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await village.GetAsync("/")).Headers.Location?.ToString().ShouldBe("/m");
    }

    [Fact]
    [Trait("Req", "SYS-2")]
    public async Task Nobody_signed_in_is_sent_to_the_phone()
    {
        var response = await app.CookieClient().GetAsync("/");
        response.Headers.Location?.ToString().ShouldNotBe("/m");
    }
}

public sealed class PhoneLandingTestsSqlite(SqliteApp app) : PhoneLandingTests(app);
public sealed class PhoneLandingTestsPostgres(PostgresApp app) : PhoneLandingTests(app);
