using static Tongxin.Web.Tests.Infrastructure.TongxinCli;

namespace Tongxin.Web.Tests;

/// <summary>
/// Issue 14, found when probed (10): commands on a database that was never migrated died with a raw Npgsql stack
/// trace (exit 134). Each now says "请先运行 tongxin migrate" and exits 1; `migrate` then brings it up to date.
/// </summary>
public sealed class UnmigratedCommandTests
{
    private static readonly string[][] NeedSchema =
    [
        ["audit-verify"], ["audit-purge", "365"], ["demo-users"], ["demo-activities", "10"],
        ["demo-data", "--scale", "province"], ["backup", "unused.zip"],
    ];

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    [Trait("Req", "SEC-14")]
    [Trait("Req", "SYS-8")]
    [Trait("Req", "SEC-28")]
    public async Task Commands_on_a_database_never_migrated_ask_for_migrate_and_exit_1(string provider)
    {
        var data = Directory.CreateTempSubdirectory("tongxin-cli").FullName;
        var database = "tongxin_cli_" + Guid.NewGuid().ToString("N")[..12];
        if (provider == "postgres")
        {
            DatabaseRoleTests.RequirePostgres();
            await PgAsync(null, $"CREATE DATABASE {database} TEMPLATE template0 ENCODING 'UTF8'");
        }
        var settings = Settings(data, provider == "postgres" ? PgLogin(database) : null);
        try
        {
            foreach (var command in NeedSchema)
            {
                var r = await TongxinCli.RunAsync(settings, command);
                r.ExitCode.ShouldBe(1, $"{command[0]}: {r.Output}");
                r.Output.ShouldContain("请先运行 tongxin migrate", customMessage: command[0]);
            }
            File.Exists(Path.Combine(data, "unused.zip")).ShouldBeFalse();

            var migrated = await TongxinCli.RunAsync(settings, "migrate");
            migrated.ExitCode.ShouldBe(0, migrated.Output);
            var verified = await TongxinCli.RunAsync(settings, "audit-verify");
            verified.ExitCode.ShouldBe(0, verified.Output);
            verified.Output.ShouldContain("审计日志完整");
        }
        finally
        {
            Npgsql.NpgsqlConnection.ClearAllPools();
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            if (provider == "postgres") await PgAsync(null, $"DROP DATABASE IF EXISTS {database} WITH (FORCE)");
            try { Directory.Delete(data, true); } catch (IOException) { }
        }
    }
}
