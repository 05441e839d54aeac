using System.Text.Json;
using Tongxin.Data.Audit;
using Tongxin.Domain.Audit;
using Tongxin.Web.Startup;

namespace Tongxin.Web.Cli;

/// <summary>
/// SEC-16: removes audit rows older than the retention period (never under 180 days). The append-only guard is
/// lifted only inside this one transaction, and a purge event records where the remaining chain is anchored,
/// so audit-verify still proves every row that is left. Only the oldest rows go: the signed head (SEC-14) keeps
/// pointing at the newest row, now the purge event.
/// </summary>
public static class AuditPurgeCommand
{
    public sealed record Anchor(long ThroughSeq, string Hash);

    public static async Task<int> RunAsync(IServiceProvider root, int days, TextWriter output, DateTime? nowUtc = null)
    {
        if (AuditRetention.Validate(days) is { } error)
        {
            await output.WriteLineAsync(error);
            return 2;
        }
        await using var scope = root.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<HttpCurrentUser>().Use(Bootstrap.SystemPrincipal);
        var db = scope.ServiceProvider.GetRequiredService<TongxinDb>();
        var cutoff = AuditRetention.Cutoff(
            nowUtc ?? root.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime, days);
        await using var tx = await db.BeginWriteAsync();
        var last = await db.AuditEntries.Where(a => a.TimeUtc < cutoff).OrderByDescending(a => a.Seq)
            .Select(a => new { a.Seq, a.Hash }).FirstOrDefaultAsync();
        if (last is null)
        {
            await output.WriteLineAsync($"没有早于 {cutoff:yyyy-MM-dd} 的审计记录，无需清理。");
            return 0;
        }
        var removed = db.Database.IsNpgsql() ? await PurgePostgresAsync(db, last.Seq)
            : await PurgeSqliteAsync(db, last.Seq);
        db.AddAuditEvent(AuditEvents.Purge, "AuditEntry", last.Seq.ToString(),
            details: JsonSerializer.Serialize(new Anchor(last.Seq, last.Hash)));
        await db.SaveChangesAsync();
        await tx.CommitAsync();
        await output.WriteLineAsync(
            $"已清理 {removed} 条早于 {cutoff:yyyy-MM-dd} 的审计记录（保留 {days} 天）。");
        return 0;
    }

    /// <summary>
    /// The serving app's role may neither delete audit rows nor alter the table (SEC-14), and the scheduled purge runs
    /// in the serving app, so it goes through audit_purge: a SECURITY DEFINER function of the owner that refuses rows
    /// younger than 180 days by the database's own clock. Only the owner (a maintenance login, the tests) deletes
    /// directly, lifting the guard for this transaction alone — it could drop the guard anyway.
    /// </summary>
    private static async Task<long> PurgePostgresAsync(TongxinDb db, long throughSeq)
    {
        if (!await Data.Postgres.PostgresRoles.OwnsAuditLogAsync(db))
            return await db.Database.SqlQuery<long>($"SELECT audit_purge({throughSeq}) AS \"Value\"").SingleAsync();
        await db.Database.ExecuteSqlRawAsync("SELECT set_config('tongxin.audit_purge', 'on', true)");
        var removed = await db.AuditEntries.Where(a => a.Seq <= throughSeq).ExecuteDeleteAsync();
        await db.Database.ExecuteSqlRawAsync("SELECT set_config('tongxin.audit_purge', '', true)");
        return removed;
    }

    private static async Task<long> PurgeSqliteAsync(TongxinDb db, long throughSeq)
    {
        await db.Database.ExecuteSqlRawAsync("DROP TRIGGER audit_no_delete");
        var removed = await db.AuditEntries.Where(a => a.Seq <= throughSeq).ExecuteDeleteAsync();
        await db.Database.ExecuteSqlRawAsync("CREATE TRIGGER audit_no_delete BEFORE DELETE ON AuditEntries " +
            "BEGIN SELECT RAISE(ABORT, 'audit log is append-only'); END;");
        return removed;
    }
}
