using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tongxin.Web.Cli;

namespace Tongxin.Web.Tests;

/// <summary>
/// Issue 14, found when probed (1): with the delete guard dropped, as the owner of the table can, deleting the newest
/// rows or every row left audit-verify reporting an intact log. The signed head outside the table catches both.
/// </summary>
public abstract class AuditHeadTests(TestApp app)
{
    private bool Sqlite => app.Provider == "sqlite";
    private string T(string table) => Sqlite ? table : $"\"{table}\"";
    private string C(string column) => Sqlite ? column : $"\"{column}\"";

    private string DropGuard => Sqlite ? "DROP TRIGGER audit_no_delete;"
        : "ALTER TABLE \"AuditEntries\" DISABLE TRIGGER audit_no_change;";

    private static async Task<(int Code, string Output)> Verify(TestApp fresh)
    {
        var output = new StringWriter();
        var code = await AuditVerifyCommand.RunAsync(fresh.Services, output);
        return (code, output.ToString());
    }

    [Fact]
    [Trait("Req", "SEC-14")]
    public async Task Deleting_the_newest_rows_is_reported_and_stays_reported_after_later_writes()
    {
        await using var fresh = await app.FreshAsync();
        (await fresh.SignInAs("staff")).Dispose();
        (await Verify(fresh)).Code.ShouldBe(0);
        var last = await fresh.WithDb("/", db => db.AuditEntries.MaxAsync(a => a.Seq));

        await fresh.ExecuteSql(DropGuard + $"DELETE FROM {T("AuditEntries")} WHERE {C("Seq")} > {last - 5};");
        var cut = await Verify(fresh);
        cut.Code.ShouldBe(1, cut.Output);
        cut.Output.ShouldContain("末尾被删除");
        cut.Output.ShouldContain($"Seq={last - 4}–{last}，共 5 条");
        (await fresh.WithDb("/", db => AuditVerifyCommand.FindBrokenAsync(db, Key(fresh)))).Broken
            .ShouldBe(last - 4); // the restore's check sees it too

        // Later writes continue from the head, so the gap stays in the log.
        (await fresh.SignInAs("leader")).Dispose();
        var later = await Verify(fresh);
        later.Code.ShouldBe(1, later.Output);
        later.Output.ShouldContain($"缺少记录：Seq={last - 4}–{last}");
    }

    [Fact]
    [Trait("Req", "SEC-14")]
    public async Task An_emptied_log_and_a_removed_or_unsigned_head_are_reported_and_stop_audited_writes()
    {
        await using var fresh = await app.FreshAsync();
        (await fresh.SignInAs("staff")).Dispose();
        var last = await fresh.WithDb("/", db => db.AuditEntries.MaxAsync(a => a.Seq));
        await fresh.ExecuteSql(DropGuard + $"DELETE FROM {T("AuditEntries")};");
        var emptied = await Verify(fresh);
        emptied.Code.ShouldBe(1, emptied.Output);
        emptied.Output.ShouldContain($"审计日志已被清空：日志头记录到 Seq={last}，现存 0 条");

        // Re-signing an old or forged head needs the key: a head with its MAC stripped is refused, and so is none.
        await fresh.ExecuteSql($"UPDATE {T("AuditHead")} SET {C("Seq")} = 0, {C("Hash")} = 'GENESIS', " +
            $"{C("Mac")} = '';");
        (await Verify(fresh)).Output.ShouldContain("日志头的签名无效");
        (await fresh.Anonymous().PostAsJsonAsync("/api/v1/auth/token",
            new Features.Account.SignIn.Request("staff", fresh.DemoPassword("staff"))))
            .IsSuccessStatusCode.ShouldBeFalse(); // the sign-in's audit row cannot be chained: not signed in
        (await fresh.WithDb("/", db => db.AuditEntries.CountAsync())).ShouldBe(0);

        await fresh.ExecuteSql(Sqlite ? "DROP TRIGGER audit_head_no_delete; DELETE FROM AuditHead;"
            : "ALTER TABLE \"AuditHead\" DISABLE TRIGGER audit_head_no_delete; DELETE FROM \"AuditHead\";");
        var headless = await Verify(fresh);
        headless.Code.ShouldBe(1);
        headless.Output.ShouldContain("审计日志头缺失");
    }

    [Fact]
    [Trait("Req", "SEC-14")]
    public async Task The_head_cannot_be_deleted_while_its_guard_stands()
    {
        await using var fresh = await app.FreshAsync();
        await Should.ThrowAsync<Exception>(() => fresh.ExecuteSql($"DELETE FROM {T("AuditHead")}"));
        (await fresh.WithDb("/", db => db.AuditHead.CountAsync())).ShouldBe(1);
        (await Verify(fresh)).Code.ShouldBe(0);
    }

    private static byte[] Key(TestApp fresh) => fresh.Services.GetRequiredService<Data.Audit.AuditSigner>().Key;
}

public sealed class AuditHeadTestsSqlite(SqliteApp app) : AuditHeadTests(app);
public sealed class AuditHeadTestsPostgres(PostgresApp app) : AuditHeadTests(app);
