using System.Net.Http.Headers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using Tongxin.Data;
using Tongxin.Data.Entities;
using Tongxin.Web.Features.Bodies;
using Tongxin.Web.Infrastructure;

namespace Tongxin.Web.Tests.Operations;

/// <summary>SYS-11, FLT-2: health probes, and what users get while the database is down and after it returns.
/// </summary>
public abstract class HealthTests(TestApp app)
{
    [Fact]
    [Trait("Req", "SYS-11")]
    public async Task Live_and_ready_answer_anonymously_with_one_word()
    {
        app.Require();
        var anonymous = app.Anonymous();
        foreach (var probe in new[] { "/health/live", "/health/ready" })
        {
            var r = await anonymous.GetAsync(probe);
            r.StatusCode.ShouldBe(HttpStatusCode.OK);
            (await r.Content.ReadAsStringAsync()).ShouldBe("Healthy");
        }
    }

    [Fact]
    [Trait("Req", "FLT-2")]
    public void A_database_that_is_down_is_noticed_within_seconds()
    {
        app.Require();
        var registration = app.Services.GetRequiredService<IOptions<HealthCheckServiceOptions>>().Value
            .Registrations.Single(r => r.Name == "database");
        registration.Timeout.ShouldBe(TimeSpan.FromSeconds(3));
        using var scope = app.Services.CreateScope();
        var cs = scope.ServiceProvider.GetRequiredService<TongxinDb>().Database.GetConnectionString()!;
        // Connect (PostgreSQL) or wait for a held file (SQLite) for 3 s at most, inside FLT-2's 5 s.
        cs.ShouldContain(app.Provider == "sqlite" ? "Default Timeout=3" : "Timeout=3");
    }

    [Fact]
    [Trait("Req", "SYS-11")]
    [Trait("Req", "FLT-2")]
    public async Task With_the_database_down_requests_get_503_in_Chinese_and_the_app_recovers_by_itself()
    {
        await using var fresh = await app.FreshAsync();
        var staff = await fresh.SignInAs("staff");
        var page = fresh.CookieClient();
        (await page.SignInForm("staff", fresh.DemoPassword("staff"))).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        page.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("text/html"));
        var bodies = (await staff.Get<PageTotal>("/api/v1/bodies")).Total;
        var county = (await staff.Get<Page<RegionDto>>("/api/v1/regions?q=峰城区")).Items.First().Id;
        var anonymous = fresh.Anonymous();

        await using (await TakeDownAsync(fresh))
        {
            (await anonymous.GetAsync("/health/live")).StatusCode.ShouldBe(HttpStatusCode.OK);
            var ready = await anonymous.GetAsync("/health/ready");
            ready.StatusCode.ShouldBe(HttpStatusCode.ServiceUnavailable);
            (await ready.Content.ReadAsStringAsync()).ShouldBe("Unhealthy");

            var list = await (await staff.GetAsync("/api/v1/bodies")).Problem(HttpStatusCode.ServiceUnavailable);
            list.GetProperty("title").GetString().ShouldBe("数据库暂时无法访问，操作未执行，请稍后再试");
            var save = await staff.PostAsJsonAsync("/api/v1/bodies",
                new SaveBody.Request("数据库停机时提交的机构", BodyType.Department, county, null, null));
            await save.Problem(HttpStatusCode.ServiceUnavailable);

            var html = await page.GetAsync("/org/bodies");
            html.StatusCode.ShouldBe(HttpStatusCode.ServiceUnavailable);
            html.Content.Headers.ContentType?.MediaType.ShouldBe("text/html");
            (await html.Content.ReadAsStringAsync()).ShouldContain("数据库暂时无法访问");
        }

        // Back: the next requests succeed with nothing from the outage written, and no one restarted the app.
        (await anonymous.GetAsync("/health/ready")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await staff.Get<PageTotal>("/api/v1/bodies")).Total.ShouldBe(bodies);
        (await page.GetAsync("/org/bodies")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    /// <summary>Makes the database unreachable until the result is disposed.</summary>
    protected abstract Task<IAsyncDisposable> TakeDownAsync(TestApp fresh);
}

public sealed class HealthTestsSqlite(SqliteApp app) : HealthTests(app)
{
    /// <summary>As if the disk went away: the file is moved aside and a folder stands in its place, so no
    /// connection can open it; connections already idle in the pool are closed as they would be.</summary>
    protected override Task<IAsyncDisposable> TakeDownAsync(TestApp fresh)
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        var file = Path.Combine(fresh.DataPath, "tongxin.db");
        string[] parts = [file, file + "-wal", file + "-shm"];
        foreach (var p in parts.Where(File.Exists)) File.Move(p, p + ".away");
        Directory.CreateDirectory(file);
        return Task.FromResult<IAsyncDisposable>(new Undo(() =>
        {
            Directory.Delete(file);
            foreach (var p in parts.Where(p => File.Exists(p + ".away"))) File.Move(p + ".away", p);
            return Task.CompletedTask;
        }));
    }
}

public sealed class HealthTestsPostgres(PostgresApp app) : HealthTests(app)
{
    /// <summary>The database refuses new connections and its sessions are ended, as in a server restart.</summary>
    protected override async Task<IAsyncDisposable> TakeDownAsync(TestApp fresh)
    {
        var database = new Npgsql.NpgsqlConnectionStringBuilder(
            fresh.Services.GetRequiredService<DatabaseOptions>().ConnectionString).Database!;
        await Server($"""
            ALTER DATABASE "{database}" ALLOW_CONNECTIONS false;
            SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '{database}';
            """);
        return new Undo(() => Server($"ALTER DATABASE \"{database}\" ALLOW_CONNECTIONS true"));
    }

    private static async Task Server(string sql)
    {
        await using var c = new Npgsql.NpgsqlConnection(TestApp.PgServer);
        await c.OpenAsync();
        await using var cmd = new Npgsql.NpgsqlCommand(sql, c);
        await cmd.ExecuteNonQueryAsync();
    }
}

internal sealed class Undo(Func<Task> undo) : IAsyncDisposable
{
    public async ValueTask DisposeAsync() => await undo();
}
