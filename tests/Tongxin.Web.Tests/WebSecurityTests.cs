using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Tongxin.Data.Entities;
using Tongxin.Web.Features.Account;
using Tongxin.Web.Features.Bodies;

namespace Tongxin.Web.Tests;

public abstract class WebSecurityTests(TestApp app)
{
    /// <summary>The title of a problem+json answer (its content type is checked by <c>Problem</c>).</summary>
    private sealed record ProblemTitle(string Title);

    [Fact]
    [Trait("Req", "SEC-20")]
    public async Task Every_response_carries_the_security_headers_and_personal_pages_are_not_cached()
    {
        app.Require();
        var page = await app.Anonymous().GetAsync("/account/login");
        page.Headers.GetValues("Content-Security-Policy").Single().ShouldContain("frame-ancestors 'none'");
        page.Headers.GetValues("X-Content-Type-Options").Single().ShouldBe("nosniff");
        page.Headers.GetValues("Referrer-Policy").Single().ShouldBe("no-referrer");
        page.Headers.CacheControl!.NoStore.ShouldBeTrue();
        var css = await app.Anonymous().GetAsync("/css/app.css");
        css.StatusCode.ShouldBe(HttpStatusCode.OK); // the sign-in page's own styles are public
        var api = await (await app.SignInAs("staff")).GetAsync("/api/v1/bodies");
        api.Headers.CacheControl!.NoStore.ShouldBeTrue();
        api.Headers.Contains("Content-Security-Policy").ShouldBeTrue();
    }

    [Fact]
    [Trait("Req", "SEC-22")]
    [Trait("Req", "SYS-3")]
    public async Task The_openapi_document_needs_sign_in_and_describes_the_api()
    {
        app.Require();
        (await app.Anonymous().GetAsync("/openapi/v1.json")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        var doc = await (await app.SignInAs("staff")).GetStringAsync("/openapi/v1.json");
        doc.ShouldContain("/api/v1/bodies");
        doc.ShouldContain("/api/v1/documents");
        doc.ShouldContain("/api/v1/auth/token");
    }

    [Fact]
    [Trait("Req", "SEC-22")]
    public async Task Errors_never_carry_stack_traces()
    {
        var staff = await app.SignInAs("staff");
        // raw JSON on purpose: the body is deliberately malformed
        var bad = await staff.PostAsync("/api/v1/documents",
            new StringContent("{\"title\": 5, \"issuedOn\": \"not a date\"", System.Text.Encoding.UTF8,
            "application/json"));
        var body = (await bad.Problem(HttpStatusCode.BadRequest)).ToString();
        body.ShouldContain("请求格式不正确");
        body.ShouldNotContain("   at ");
        body.ShouldNotContain("Exception");
        (await app.Anonymous().GetAsync("/api/v1/bodies")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    [Trait("Req", "SEC-22")]
    public async Task Sign_in_is_rate_limited()
    {
        await using var fresh = await app.FreshAsync(new() { ["Tongxin:SignInPermitsPerMinute"] = "3" });
        var client = fresh.Anonymous();
        var codes = new List<HttpStatusCode>();
        for (var i = 0; i < 5; i++)
            codes.Add((await client.PostAsJsonAsync("/api/v1/auth/token",
                new SignIn.Request("staff", "x"))).StatusCode);
        codes.Take(3).ShouldAllBe(c => c == HttpStatusCode.Unauthorized);
        codes.Last().ShouldBe(HttpStatusCode.TooManyRequests);
    }

    [Fact]
    [Trait("Req", "SEC-25")]
    [Trait("Req", "SYS-7")]
    public async Task The_second_of_two_saves_from_the_same_version_gets_409()
    {
        var staff = await app.SignInAs("staff");
        var county = (await staff.Get<Page<RegionDto>>("/api/v1/regions?q=峰城区")).Items.First().Id;
        var body = new SaveBody.Request("并发测试机构", BodyType.Department, county, null, null);
        var created = await staff.PostAsJsonAsync("/api/v1/bodies", body);
        var id = (await created.Read<Created>(HttpStatusCode.Created)).Id;
        var version = (await staff.Get<BodyDto>($"/api/v1/bodies/{id}")).Version;
        var first = await staff.PutAsJsonAsync($"/api/v1/bodies/{id}",
            body with { Name = "甲的修改", Version = version });
        first.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        var second = await staff.PutAsJsonAsync($"/api/v1/bodies/{id}",
            body with { Name = "乙的修改", Version = version });
        (await second.Problem(HttpStatusCode.Conflict)).Deserialize<ProblemTitle>(HttpExtensions.Json)!.Title
            .ShouldContain("已被他人修改");
        (await staff.Get<BodyDto>($"/api/v1/bodies/{id}")).Name.ShouldBe("甲的修改");
    }

    [Fact]
    [Trait("Req", "SEC-27")]
    [Trait("Req", "SYS-5")]
    public async Task The_database_runs_durably_and_has_every_migration()
    {
        var (a, b, migrations) = await app.WithDb("/", async db =>
        {
            var c = db.Database.GetDbConnection();
            await c.OpenAsync();
            async Task<string?> Scalar(string sql)
            {
                await using var cmd = c.CreateCommand();
                cmd.CommandText = sql;
                return Convert.ToString(await cmd.ExecuteScalarAsync());
            }
            var result = app.Provider == "sqlite"
                ? (await Scalar("PRAGMA journal_mode"), await Scalar("PRAGMA synchronous"))
                : (await Scalar("SHOW fsync"), await Scalar("SHOW synchronous_commit"));
            return (result.Item1, result.Item2, (await db.Database.GetAppliedMigrationsAsync()).ToList());
        });
        if (app.Provider == "sqlite") { a.ShouldBe("wal"); b.ShouldBe("2"); }
        else { a.ShouldBe("on"); b.ShouldBe("on"); }
        migrations.ShouldContain(m => m.EndsWith("_Initial"));
        migrations.ShouldContain(m => m.EndsWith("_AuditAppendOnly"));
    }
}

public sealed class WebSecurityTestsSqlite(SqliteApp app) : WebSecurityTests(app);
public sealed class WebSecurityTestsPostgres(PostgresApp app) : WebSecurityTests(app);
