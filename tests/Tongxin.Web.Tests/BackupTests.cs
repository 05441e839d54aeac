using Microsoft.EntityFrameworkCore;
using Tongxin.Data.Entities;
using Tongxin.Web.Cli;
using Tongxin.Web.Features.Bodies;

namespace Tongxin.Web.Tests;

public abstract class BackupTests(TestApp app)
{
    [Fact]
    [Trait("Req", "SEC-28")]
    [Trait("Req", "SYS-8")]
    public async Task A_backup_restores_to_the_same_rows_and_a_verifiable_audit_chain()
    {
        await using var fresh = await app.FreshAsync();
        var staff = await fresh.SignInAs("staff");
        var bodies = (await staff.Get<PageTotal>("/api/v1/bodies")).Total;
        var file = Path.Combine(fresh.DataPath, "backup.zip");
        var output = new StringWriter();
        (await BackupCommand.RunAsync(fresh.Services, file, output)).ShouldBe(0, output.ToString());
        File.Exists(file).ShouldBeTrue();
        using (var zip = System.IO.Compression.ZipFile.OpenRead(file))
            zip.Entries.Select(e => e.FullName).ShouldContain(e => e.StartsWith("keys/") && e.EndsWith("audit.key"));

        var county = (await staff.Get<Page<RegionDto>>("/api/v1/regions?q=峰城区")).Items.First().Id;
        (await staff.PostAsJsonAsync("/api/v1/bodies",
            new SaveBody.Request("备份后新增的机构", BodyType.Department, county, null, null)))
            .EnsureSuccessStatusCode();
        (await staff.Get<PageTotal>("/api/v1/bodies")).Total.ShouldBe(bodies + 1);

        var restore = new StringWriter();
        (await RestoreCommand.RunAsync(fresh.Services, file, restore)).ShouldBe(0, restore.ToString());
        restore.ToString().ShouldContain("审计链");
        (await fresh.WithDb("/", db => db.Bodies.CountAsync())).ShouldBe(bodies);
        var verify = new StringWriter();
        (await AuditVerifyCommand.RunAsync(fresh.Services, verify)).ShouldBe(0, verify.ToString());
    }

    [Fact]
    [Trait("Req", "SEC-28")]
    public async Task A_missing_backup_file_is_refused_and_changes_nothing()
    {
        app.Require();
        var output = new StringWriter();
        await Should.ThrowAsync<ArgumentException>(() =>
            RestoreCommand.RunAsync(app.Services, "/nonexistent/backup.zip", output));
    }
}

public sealed class BackupTestsSqlite(SqliteApp app) : BackupTests(app);
public sealed class BackupTestsPostgres(PostgresApp app) : BackupTests(app);
