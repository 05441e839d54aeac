using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using Npgsql;
using Tongxin.Web.Cli;
using Tongxin.Web.Infrastructure;

namespace Tongxin.Web.Tests.Infrastructure;

/// <summary>
/// Runs a `tongxin` command as Program.cs does — the same services, the owner login for migrate and restore — with
/// the given configuration, and returns its exit code and everything it wrote.
/// </summary>
public static class TongxinCli
{
    public sealed record Result(int ExitCode, string Output);

    public static async Task<Result> RunAsync(IReadOnlyDictionary<string, string> settings, params string[] args)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Testing" });
        builder.Configuration.AddInMemoryCollection(settings.Select(kv =>
            new KeyValuePair<string, string?>(kv.Key, kv.Value)));
        builder.Logging.ClearProviders();
        CommandLine.UseOwnerLogin(builder.Configuration, args);
        builder.AddTongxin();
        await using var app = builder.Build();
        var output = new StringWriter();
        var code = await CommandLine.RunAsync(app, args, output, output);
        return new Result(code, output.ToString());
    }

    /// <summary>The settings of a command on a SQLite data folder, or on one PostgreSQL database.</summary>
    public static Dictionary<string, string> Settings(string dataPath, string? postgres = null) => new()
    {
        ["Tongxin:DataPath"] = dataPath,
        ["Tongxin:Demo"] = "true",
        ["Tongxin:AdminPassword"] = TestApp.AdminPassword,
        ["Tongxin:Database:Provider"] = postgres is null ? "sqlite" : "postgres",
        ["Tongxin:Database:ConnectionString"] = postgres ?? $"Data Source={Path.Combine(dataPath, "tongxin.db")}",
    };

    /// <summary>Runs statements on the PostgreSQL server (or one of its databases) as the test's superuser.</summary>
    public static async Task PgAsync(string? database, params string[] statements)
    {
        var cs = new NpgsqlConnectionStringBuilder(TestApp.PgServer!);
        if (database is not null) cs.Database = database;
        await using var c = new NpgsqlConnection(cs.ConnectionString);
        await c.OpenAsync();
        foreach (var sql in statements)
        {
            await using var cmd = new NpgsqlCommand(sql, c);
            await cmd.ExecuteNonQueryAsync();
        }
    }

    /// <summary>A connection string to <paramref name="database"/>, signed in as <paramref name="user"/> (by default
    /// the test's server login).</summary>
    public static string PgLogin(string database, string? user = null)
    {
        var cs = new NpgsqlConnectionStringBuilder(TestApp.PgServer!) { Database = database, Pooling = false };
        if (user is not null) (cs.Username, cs.Password) = (user, null);
        return cs.ConnectionString;
    }
}
