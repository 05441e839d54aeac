using Microsoft.EntityFrameworkCore;
using Npgsql;
using Tongxin.Data.Entities;
using Tongxin.Web.Cli;
using Tongxin.Web.Features.Bodies;
using static Tongxin.Web.Tests.Infrastructure.TongxinCli;

namespace Tongxin.Web.Tests;

/// <summary>
/// Issue 14, found when probed (2): on PostgreSQL the app migrated with its own login and so owned the audit table —
/// it could disable the guard and rewrite a row. Now `tongxin migrate` runs as the owner and grants the app role DML
/// without UPDATE, DELETE, TRUNCATE or ALTER on the log, and no DDL. The roles are made here, unique to this run.
/// </summary>
public sealed class DatabaseRoleTests
{
    /// <summary>The app serving on a database made elsewhere, under a given login.</summary>
    private sealed class ServingApp(string connectionString) : TestApp
    {
        public override string Provider => "postgres";
        protected override string? ConnectionString() => connectionString;
    }

    [Fact]
    [Trait("Req", "SEC-14")]
    [Trait("Req", "SEC-16")]
    public async Task Migrated_by_the_owner_the_app_role_serves_but_cannot_rewrite_delete_or_unguard_the_audit_log()
    {
        RequirePostgres();
        var id = Guid.NewGuid().ToString("N")[..12];
        var (owner, appRole, database) = ($"tongxin_owner_{id}", $"tongxin_app_{id}", $"tongxin_roles_{id}");
        await PgAsync(null, $"CREATE ROLE {owner} LOGIN", $"CREATE ROLE {appRole} LOGIN",
            $"CREATE DATABASE {database} OWNER {owner} TEMPLATE template0 ENCODING 'UTF8'");
        var serving = new ServingApp(PgLogin(database, appRole));
        try
        {
            var settings = Settings(serving.DataPath, PgLogin(database, appRole));
            var refused = await TongxinCli.RunAsync(settings, "migrate");
            refused.ExitCode.ShouldBe(1, refused.Output);
            refused.Output.ShouldContain("OwnerConnectionString");

            settings["Tongxin:Database:OwnerConnectionString"] = PgLogin(database, owner);
            var migrated = await TongxinCli.RunAsync(settings, "migrate");
            migrated.ExitCode.ShouldBe(0, migrated.Output);
            (await Scalar(PgLogin(database, owner),
                "SELECT tableowner::text FROM pg_tables WHERE tablename = 'AuditEntries'")).ShouldBe(owner);

            // The app role serves: it signs in and saves a change, both audited.
            await serving.InitializeAsync();
            var staff = await serving.SignInAs("staff");
            var county = await staff.Node("峰城区");
            (await staff.PostAsJsonAsync("/api/v1/bodies",
                new SaveBody.Request("应用角色新建的机构", BodyType.Department, county, null, null)))
                .StatusCode.ShouldBe(HttpStatusCode.Created);
            var verify = new StringWriter();
            (await AuditVerifyCommand.RunAsync(serving.Services, verify)).ShouldBe(0, verify.ToString());

            var app = PgLogin(database, appRole);
            foreach (var sql in new[]
            {
                "UPDATE \"AuditEntries\" SET \"UserName\" = 'nobody' WHERE \"Seq\" = 3",
                "DELETE FROM \"AuditEntries\" WHERE \"Seq\" = 3",
                "TRUNCATE \"AuditEntries\"",
                "ALTER TABLE \"AuditEntries\" DISABLE TRIGGER audit_no_change",
                "DELETE FROM \"AuditHead\"",
                "TRUNCATE \"AuditHead\"",
                "INSERT INTO \"AuditHead\" VALUES (2, 0, 'GENESIS', '')",
                "ALTER TABLE \"AuditHead\" DISABLE TRIGGER audit_head_no_delete",
                "CREATE TABLE intruder (x int)",
                "DROP TABLE \"Bodies\"",
            })
                (await Should.ThrowAsync<PostgresException>(() => Scalar(app, sql), sql)).SqlState
                    .ShouldBe(PostgresErrorCodes.InsufficientPrivilege, sql);

            // SEC-16 as the app role: the owner's purge function judges age by the database's clock, so a caller
            // that pretends to live 181 days ahead purges nothing.
            var before = await serving.WithDb("/", db => db.AuditEntries.CountAsync());
            (await Should.ThrowAsync<PostgresException>(() => AuditPurgeCommand.RunAsync(serving.Services, 180,
                new StringWriter(), DateTime.UtcNow.AddDays(181)))).MessageText.ShouldContain("180");
            (await serving.WithDb("/", db => db.AuditEntries.CountAsync())).ShouldBe(before);
            // Rows that really are old (aged here by the superuser) are purged by the app role, chain anchored.
            await PgAsync(database, "ALTER TABLE \"AuditEntries\" DISABLE TRIGGER audit_no_change",
                "UPDATE \"AuditEntries\" SET \"TimeUtc\" = \"TimeUtc\" - interval '400 days'",
                "ALTER TABLE \"AuditEntries\" ENABLE TRIGGER audit_no_change");
            var purged = new StringWriter();
            (await AuditPurgeCommand.RunAsync(serving.Services, 180, purged)).ShouldBe(0, purged.ToString());
            (await serving.WithDb("/", db => db.AuditEntries.CountAsync())).ShouldBe(1);
            verify = new StringWriter();
            (await AuditVerifyCommand.RunAsync(serving.Services, verify)).ShouldBe(0, verify.ToString());
        }
        finally
        {
            await serving.DisposeAsync();
            NpgsqlConnection.ClearAllPools();
            await PgAsync(null, $"DROP DATABASE IF EXISTS {database} WITH (FORCE)", $"DROP ROLE IF EXISTS {appRole}",
                $"DROP ROLE IF EXISTS {owner}");
        }
    }

    private static async Task<object?> Scalar(string connectionString, string sql)
    {
        await using var c = new NpgsqlConnection(connectionString);
        await c.OpenAsync();
        await using var cmd = new NpgsqlCommand(sql, c);
        return await cmd.ExecuteScalarAsync();
    }

    internal static void RequirePostgres()
    {
        if (TestApp.PgServer is not null) return;
        if (Environment.GetEnvironmentVariable("TONGXIN_REQUIRE_ALL") == "1")
            Assert.Fail("postgres is required (TONGXIN_REQUIRE_ALL=1) but TONGXIN_TEST_PG is not set");
        Assert.Skip("postgres not available: set TONGXIN_TEST_PG");
    }
}
