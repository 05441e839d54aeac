using System.Globalization;
using System.Net.Http.Headers;

namespace Tongxin.Web.Tests.Operations;

/// <summary>
/// A refusal or a missing record answered to a browser is a real HTML page in Chinese (a title and a language), not a
/// ProblemDetails JSON or a bare status text; an API client still gets ProblemDetails (issue 15, item 5).
/// </summary>
public abstract class RefusalPageTests(TestApp app)
{
    private async Task<HttpClient> Browser(string user)
    {
        var client = app.CookieClient();
        (await client.SignInForm(user, app.DemoPassword(user))).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        client.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("text/html"));
        return client;
    }

    [Theory]
    [InlineData("/org/bodies/{0}/edit")] // the page's handler throws: the exception handler answers
    [InlineData("/people/{0}/edit")]
    [InlineData("/no/such/page")] // no endpoint: the status-code pages answer
    [Trait("Req", "SYS-1")]
    [Trait("Req", "SYS-6")]
    public async Task A_browser_gets_an_html_page_with_a_chinese_title_for_a_missing_record(string template)
    {
        var client = await Browser("town1");
        var response = await client.GetAsync(string.Format(CultureInfo.InvariantCulture, template, Guid.NewGuid()));
        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("text/html");
        var html = await response.Content.ReadAsStringAsync();
        html.ShouldStartWith("<!DOCTYPE html>");
        html.ShouldContain("<html lang=\"zh-CN\">");
        html.ShouldMatch("<title>[^<]*(不存在|不在您的数据范围内)[^<]*</title>");
        html.ShouldContain("返回首页");
    }

    [Fact]
    [Trait("Req", "SYS-6")]
    public async Task A_phone_page_refusal_leads_back_to_the_field_home()
    {
        var client = await Browser("village1");
        var html = await (await client.GetAsync("/m/no-such-page")).Content.ReadAsStringAsync();
        html.ShouldContain("href=\"/m\"");
    }

    [Fact]
    [Trait("Req", "SYS-6")]
    public async Task An_api_client_still_gets_problem_details()
    {
        var staff = await app.SignInAs("staff");
        var response = await staff.GetAsync($"/api/v1/bodies/{Guid.NewGuid()}");
        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
    }
}

public sealed class RefusalPageTestsSqlite(SqliteApp app) : RefusalPageTests(app);
public sealed class RefusalPageTestsPostgres(PostgresApp app) : RefusalPageTests(app);
