using System.Net.Http.Headers;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;
using Microsoft.AspNetCore.Identity;
using Tongxin.Data;
using Tongxin.Data.Entities;
using Tongxin.Web.Security;
using Tongxin.Web.Startup;

namespace Tongxin.Web.Tests.Infrastructure;

/// <summary>
/// The real app on a real database (never mocked): a fresh SQLite file, or a fresh PostgreSQL database when
/// TONGXIN_TEST_PG holds a server connection string. Loaded with the Fengcheng demo.
/// </summary>
public abstract class TestApp : WebApplicationFactory<Program>, IAsyncLifetime
{
    public string DataPath { get; } = Directory.CreateTempSubdirectory("tongxin-test").FullName;
    public string KeysPath => Path.Combine(DataPath, "keys");
    public abstract string Provider { get; }
    protected abstract string? ConnectionString();
    public bool Available => Provider == "sqlite" || PgServer is not null;
    public static string? PgServer =>
        Environment.GetEnvironmentVariable("TONGXIN_TEST_PG") is { Length: > 0 } s ? s : null;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Tongxin:DataPath", DataPath);
        builder.UseSetting("Tongxin:Demo", "true");
        builder.UseSetting("Tongxin:SignInPermitsPerMinute", "100000");
        // The demo's administrators sign in without a second factor here; SEC-4's tests turn the requirement on.
        builder.UseSetting("Tongxin:Security:RequireTwoFactor", "false");
        builder.UseSetting("Tongxin:AdminPassword", AdminPassword);
        builder.UseSetting("Tongxin:Jobs:Enabled", "false"); // many hosts start here; scheduling tests turn it on
        builder.UseSetting("Tongxin:Database:Provider", Provider);
        if (ConnectionString() is { } cs) builder.UseSetting("Tongxin:Database:ConnectionString", cs);
        foreach (var (k, v) in Settings) builder.UseSetting(k, v);
        if (TestServices is { } configure) builder.ConfigureServices(configure);
        builder.ConfigureLogging(l => l.SetMinimumLevel(LogLevel.Debug).AddProvider(Logs));
    }

    /// <summary>Service replacements for a dedicated instance, e.g. a fake clock.</summary>
    public Action<IServiceCollection>? TestServices { get; set; }

    /// <summary>Extra configuration for a dedicated instance (set before it starts).</summary>
    public Dictionary<string, string> Settings { get; } = new();

    public CapturedLogs Logs { get; } = new();

    /// <summary>A new, separate app of the same provider, for tests that damage or restart their database.</summary>
    public async Task<TestApp> FreshAsync(Dictionary<string, string>? settings = null,
        Action<IServiceCollection>? services = null)
    {
        Require();
        var app = (TestApp)Activator.CreateInstance(GetType())!;
        app.TestServices = services;
        foreach (var (k, v) in settings ?? []) app.Settings[k] = v;
        await app.InitializeAsync();
        return app;
    }

    /// <summary>Runs SQL straight on the database, as an intruder with file or superuser access would.</summary>
    public async Task ExecuteSql(string sql)
    {
        await WithDb("/", async db =>
        {
            var c = db.Database.GetDbConnection();
            await c.OpenAsync();
            await using var cmd = c.CreateCommand();
            cmd.CommandText = sql;
            return await cmd.ExecuteNonQueryAsync();
        });
    }

    public const string AdminPassword = "Initial-Setup-Key#2026";

    /// <summary>The node paths of the demo's 峰城区 and its first town, 坛山街道 (town1's town).</summary>
    public const string County = "/37/3704/370404/", TownA = "/37/3704/370404/370404001/";

    public virtual ValueTask InitializeAsync()
    {
        if (Available) _ = Server; // starts the host: migrations, roles, demo
        return ValueTask.CompletedTask;
    }

    /// <summary>Skips (or, under TONGXIN_REQUIRE_ALL=1, fails) when this database is not available here.</summary>
    public void Require()
    {
        if (Available) return;
        if (Environment.GetEnvironmentVariable("TONGXIN_REQUIRE_ALL") == "1")
            Assert.Fail($"{Provider} is required (TONGXIN_REQUIRE_ALL=1) but TONGXIN_TEST_PG is not set");
        Assert.Skip($"{Provider} not available: set TONGXIN_TEST_PG");
    }

    public string DemoPassword(string userName) => Passwords.Demo(KeysPath, userName);

    public HttpClient Anonymous() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    /// <summary>A bearer-token client for a demo user (staff, leader, town1…town8, village1, sysadmin, secadmin,
    /// auditor).</summary>
    public async Task<HttpClient> SignInAs(string userName, string? password = null)
    {
        Require();
        var client = Anonymous();
        var response = await client.PostAsJsonAsync("/api/v1/auth/token",
            new Features.Account.SignIn.Request(userName, password ?? DemoPassword(userName)));
        response.EnsureSuccessStatusCode();
        var token = (await response.Content.ReadFromJsonAsync<TokenResponse>())!.AccessToken;
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    public sealed record TokenResponse(string AccessToken, int ExpiresIn);

    private readonly Lazy<Task<HttpClient>> _staff;

    protected TestApp() => _staff = new(() => SignInAs("staff"));

    /// <summary>One shared bearer client for the county's staff user, for the test-data builders.</summary>
    public Task<HttpClient> Staff() => _staff.Value;

    /// <summary>
    /// A new user with one built-in role (<see cref="Roles"/>) at the node with this path (e.g. "/37/3704/370404/"),
    /// made through the UserManager, signed in with a bearer token.
    /// </summary>
    public async Task<HttpClient> SignInAs(BuiltInRole role, string nodePath = County, Guid? memberUnitId = null)
    {
        Require();
        var userName = TestData.Unique(role.Name.Replace("-", ""));
        const string password = "Test-User-Pass#2026";
        await using (var scope = Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<TongxinDb>();
            var node = nodePath == "/" ? null
                : await db.Regions.IgnoreQueryFilters().SingleAsync(r => r.NodePath == nodePath);
            var user = Bootstrap.NewUser(userName, "测试" + role.Name, node, nodePath, TimeProvider.System);
            user.MemberUnitId = memberUnitId;
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            Bootstrap.Ensure(await users.CreateAsync(user, password));
            Bootstrap.Ensure(await users.AddToRoleAsync(user, role.Name));
        }
        return await SignInAs(userName, password);
    }

    /// <summary>Runs work against the database as a user of the given node path ("/" sees everything).</summary>
    public async Task<T> WithDb<T>(string scopePath, Func<TongxinDb, Task<T>> work)
    {
        Require();
        await using var scope = Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<HttpCurrentUser>().Use(new System.Security.Claims.ClaimsPrincipal(
            new System.Security.Claims.ClaimsIdentity(
                [new("node_path", scopePath), new(System.Security.Claims.ClaimTypes.Name, "test")], "test")));
        return await work(scope.ServiceProvider.GetRequiredService<TongxinDb>());
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await DropDatabaseAsync();
        try { Directory.Delete(DataPath, true); } catch (IOException) { }
        GC.SuppressFinalize(this);
    }

    protected virtual Task DropDatabaseAsync() => Task.CompletedTask;
}

/// <summary>A built-in role by name; a type of its own so <c>SignInAs(role, nodePath)</c> cannot be mistaken for
/// <c>SignInAs(userName, password)</c>.</summary>
public sealed record BuiltInRole(string Name)
{
    public static readonly BuiltInRole Staff = new(Roles.Staff);
    public static readonly BuiltInRole Leader = new(Roles.Leader);
    public static readonly BuiltInRole TownOfficer = new(Roles.TownOfficer);
    public static readonly BuiltInRole VillageOfficer = new(Roles.VillageOfficer);
    public static readonly BuiltInRole UnitLiaison = new(Roles.UnitLiaison);
    public static readonly BuiltInRole Reviewer = new(Roles.Reviewer);
    public static readonly BuiltInRole SystemAdmin = new(Roles.SystemAdmin);
    public static readonly BuiltInRole SecurityAdmin = new(Roles.SecurityAdmin);
    public static readonly BuiltInRole AuditAdmin = new(Roles.AuditAdmin);
}

public sealed class SqliteApp : TestApp
{
    public override string Provider => "sqlite";
    protected override string? ConnectionString() => null;
}

public sealed class PostgresApp : TestApp
{
    private readonly string _database = "tongxin_test_" + Guid.NewGuid().ToString("N")[..12];
    public override string Provider => "postgres";

    protected override string? ConnectionString() =>
        PgServer is { } s ? new NpgsqlConnectionStringBuilder(s) { Database = _database }.ConnectionString : null;

    public override async ValueTask InitializeAsync()
    {
        if (PgServer is { } s)
        {
            await using var c = new NpgsqlConnection(s);
            await c.OpenAsync();
            await using var cmd = new NpgsqlCommand(
                $"CREATE DATABASE \"{_database}\" TEMPLATE template0 ENCODING 'UTF8'", c);
            await cmd.ExecuteNonQueryAsync();
        }
        await base.InitializeAsync();
    }

    protected override async Task DropDatabaseAsync()
    {
        if (PgServer is not { } s) return;
        NpgsqlConnection.ClearAllPools();
        await using var c = new NpgsqlConnection(s);
        await c.OpenAsync();
        await using var cmd = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_database}\" WITH (FORCE)", c);
        await cmd.ExecuteNonQueryAsync();
    }
}
