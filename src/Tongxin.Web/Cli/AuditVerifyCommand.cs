using Tongxin.Data.Audit;
using Tongxin.Domain.Audit;
using Tongxin.Web.Startup;

namespace Tongxin.Web.Cli;

/// <summary>SEC-14: recompute the HMAC chain and name the first row that does not follow.</summary>
public static class AuditVerifyCommand
{
    public static async Task<int> RunAsync(IServiceProvider root, TextWriter output)
    {
        await using var scope = root.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<Security.HttpCurrentUser>().Use(Bootstrap.SystemPrincipal);
        var db = scope.ServiceProvider.GetRequiredService<TongxinDb>();
        var key = scope.ServiceProvider.GetRequiredService<AuditSigner>().Key;
        var (broken, count) = await FindBrokenAsync(db, key);
        if (broken is null)
        {
            await output.WriteLineAsync($"审计日志完整：共 {count} 条，哈希链校验通过。");
            return 0;
        }
        await output.WriteLineAsync(
            $"审计日志被篡改：第一条异常记录 Seq={broken}（已校验 {count} 条）。");
        return 1;
    }

    /// <summary>Streams the log in Seq order; returns the Seq of the first altered row, or null.</summary>
    public static async Task<(long? Broken, long Count)> FindBrokenAsync(TongxinDb db, byte[] key)
    {
        var (prev, expectedSeq) = await StartAsync(db);
        long count = 0;
        await foreach (var a in db.AuditEntries.AsNoTracking().OrderBy(a => a.Seq).AsAsyncEnumerable())
        {
            count++;
            if (a.Seq != expectedSeq++ || a.PrevHash != prev
                || a.Hash != AuditChain.Hash(key, prev, TongxinDb.Canonical(a)))
                return (a.Seq, count);
            prev = a.Hash;
        }
        return (null, count);
    }

    /// <summary>
    /// Where the chain starts: the genesis, or the anchor recorded by the purge that removed older rows.
    /// </summary>
    private static async Task<(string Prev, long Seq)> StartAsync(TongxinDb db)
    {
        var first = await db.AuditEntries.AsNoTracking().OrderBy(a => a.Seq)
            .Select(a => new { a.Seq, a.PrevHash }).FirstOrDefaultAsync();
        if (first is null || first.Seq == 1) return (AuditChain.Genesis, 1);
        var purges = await db.AuditEntries.AsNoTracking().Where(a => a.Event == AuditEvents.Purge)
            .Select(a => a.Details).ToListAsync();
        var anchor = purges.Select(d => System.Text.Json.JsonSerializer.Deserialize<AuditPurgeCommand.Anchor>(d!))
            .FirstOrDefault(a => a!.ThroughSeq == first.Seq - 1 && a.Hash == first.PrevHash);
        return anchor is null ? (AuditChain.Genesis, 1) : (anchor.Hash, first.Seq);
    }
}
