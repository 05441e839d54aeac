using Tongxin.Data.Entities;
using Tongxin.Web.Cli;
using Tongxin.Web.Features.Account;
using Tongxin.Web.Features.Bodies;
using Tongxin.Web.Features.Documents;

namespace Tongxin.Web.Tests;

public abstract class AuditTests(TestApp app)
{
    private bool Sqlite => app.Provider == "sqlite";

    [Fact]
    [Trait("Req", "SEC-13")]
    [Trait("Req", "SYS-4")]
    public async Task Sign_ins_failures_and_changes_are_audited_with_before_and_after()
    {
        var staff = await app.SignInAs("staff");
        (await app.Anonymous().PostAsJsonAsync("/api/v1/auth/token",
            new SignIn.Request("staff", "wrong\r\nforged line"))).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        var county = await staff.Node("峰城区");
        SaveDocument.Request Document(string title) =>
            new(Number: null, title, "区委统战部", county, BodyId: null, new DateOnly(2021, 3, 1), Status: null,
                Summary: null, Version: 0);
        var created = await staff.PostAsJsonAsync("/api/v1/documents", Document("审计测试文件"));
        var id = await created.CreatedId();
        var put = await staff.PutAsJsonAsync($"/api/v1/documents/{id}", Document("审计测试文件（修订）"));
        put.StatusCode.ShouldBe(HttpStatusCode.NoContent, await put.Content.ReadAsStringAsync());

        var auditor = await app.SignInAs("auditor");
        (await auditor.Get<PageTotal>("/api/v1/audit?event=sign-in&user=staff")).Total.ShouldBeGreaterThan(0);
        var failed = (await auditor.Get<Page<AuditRow>>("/api/v1/audit?event=sign-in-failed&user=staff")).Items
            .First();
        failed.Success.ShouldBeFalse();
        var changes = (await auditor.Get<Page<AuditRow>>($"/api/v1/audit?objectId={id}")).Items;
        changes.Select(c => c.Event).ShouldBe(["update", "create"]);
        var update = changes[0].Details!;
        update.ShouldContain("审计测试文件（修订）");
        update.ShouldContain("before");
        changes[0].UserName.ShouldBe("staff");
        changes[0].NodePath.ShouldBe("/37/3704/370404/");
        var denied = await staff.GetAsync("/api/v1/users");
        denied.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await auditor.Get<PageTotal>("/api/v1/audit?event=access-denied&user=staff")).Total.ShouldBeGreaterThan(0);
    }

    [Fact]
    [Trait("Req", "SEC-14")]
    public async Task The_log_is_append_only_and_a_tampered_row_is_named_by_audit_verify()
    {
        await using var fresh = await app.FreshAsync();
        (await fresh.SignInAs("staff")).Dispose();
        var ok = new StringWriter();
        (await AuditVerifyCommand.RunAsync(fresh.Services, ok)).ShouldBe(0, ok.ToString());

        var update = Sqlite ? "UPDATE AuditEntries SET UserName = 'nobody' WHERE Seq = 3"
            : "UPDATE \"AuditEntries\" SET \"UserName\" = 'nobody' WHERE \"Seq\" = 3";
        await Should.ThrowAsync<Exception>(() => fresh.ExecuteSql(update));
        await Should.ThrowAsync<Exception>(() =>
            fresh.ExecuteSql(Sqlite ? "DELETE FROM AuditEntries" : "DELETE FROM \"AuditEntries\""));

        await fresh.ExecuteSql(Sqlite
            ? "DROP TRIGGER audit_no_update; " + update
            : "ALTER TABLE \"AuditEntries\" DISABLE TRIGGER audit_no_change; " + update);
        var output = new StringWriter();
        (await AuditVerifyCommand.RunAsync(fresh.Services, output)).ShouldBe(1);
        output.ToString().ShouldContain("Seq=3");
    }

    [Fact]
    [Trait("Req", "SEC-15")]
    public async Task When_the_audit_row_cannot_be_written_the_change_is_not_committed()
    {
        await using var fresh = await app.FreshAsync();
        var staff = await fresh.SignInAs("staff");
        var before = (await staff.Get<PageTotal>("/api/v1/bodies")).Total;
        var county = (await staff.Get<Page<RegionDto>>("/api/v1/regions?q=峰城区")).Items.First().Id;
        await fresh.ExecuteSql(Sqlite
            ? "CREATE TRIGGER audit_broken BEFORE INSERT ON AuditEntries BEGIN SELECT RAISE(ABORT, 'disk full'); END;"
            : """
              CREATE FUNCTION audit_broken() RETURNS trigger LANGUAGE plpgsql
                AS $$ BEGIN RAISE EXCEPTION 'disk full'; END $$;
              CREATE TRIGGER audit_broken BEFORE INSERT ON "AuditEntries" FOR EACH ROW EXECUTE FUNCTION audit_broken();
              """);
        var r = await staff.PostAsJsonAsync("/api/v1/bodies",
            new SaveBody.Request("不应保存的机构", BodyType.Department, county, null, null));
        ((int)r.StatusCode).ShouldBeGreaterThanOrEqualTo(400);
        await fresh.ExecuteSql(Sqlite ? "DROP TRIGGER audit_broken;"
            : "DROP TRIGGER audit_broken ON \"AuditEntries\";");
        (await staff.Get<PageTotal>("/api/v1/bodies")).Total.ShouldBe(before);
    }
}

public abstract partial class AuditPurgeTests(TestApp app)
{
    [Fact]
    [Trait("Req", "SEC-16")]
    public async Task Retention_under_180_days_is_refused_and_a_purge_leaves_a_verifiable_chain()
    {
        await using var fresh = await app.FreshAsync();
        (await fresh.SignInAs("staff")).Dispose();
        var refused = new StringWriter();
        (await AuditPurgeCommand.RunAsync(fresh.Services, 179, refused)).ShouldBe(2);
        refused.ToString().ShouldContain("180");
        var before = await fresh.WithDb("/",
            db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.CountAsync(db.AuditEntries));
        before.ShouldBeGreaterThan(10);

        var nothing = new StringWriter();
        (await AuditPurgeCommand.RunAsync(fresh.Services, 180, nothing)).ShouldBe(0);
        (await fresh.WithDb("/",
            db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.CountAsync(db.AuditEntries)))
            .ShouldBe(before);

        var purged = new StringWriter();
        (await AuditPurgeCommand.RunAsync(fresh.Services, 180, purged, DateTime.UtcNow.AddDays(181)))
            .ShouldBe(0, purged.ToString());
        (await fresh.WithDb("/",
            db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.CountAsync(db.AuditEntries)))
            .ShouldBe(1);
        (await fresh.SignInAs("leader")).Dispose();
        var verify = new StringWriter();
        (await AuditVerifyCommand.RunAsync(fresh.Services, verify)).ShouldBe(0, verify.ToString());
        var update = app.Provider == "sqlite" ? "DELETE FROM AuditEntries" : "DELETE FROM \"AuditEntries\"";
        await Should.ThrowAsync<Exception>(() => fresh.ExecuteSql(update)); // the guard is back
    }
}

public sealed class AuditPurgeTestsSqlite(SqliteApp app) : AuditPurgeTests(app);
public sealed class AuditPurgeTestsPostgres(PostgresApp app) : AuditPurgeTests(app);

public sealed class AuditTestsSqlite(SqliteApp app) : AuditTests(app);
public sealed class AuditTestsPostgres(PostgresApp app) : AuditTests(app);
