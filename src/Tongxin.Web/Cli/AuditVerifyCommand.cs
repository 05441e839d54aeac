using Microsoft.EntityFrameworkCore;
using Tongxin.Data;
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
        await output.WriteLineAsync($"审计日志被篡改：第一条异常记录 Seq={broken}（已校验 {count} 条）。");
        return 1;
    }

    /// <summary>Streams the log in Seq order; returns the Seq of the first altered row, or null.</summary>
    public static async Task<(long? Broken, long Count)> FindBrokenAsync(TongxinDb db, byte[] key)
    {
        var prev = AuditChain.Genesis;
        long count = 0, expectedSeq = 1;
        await foreach (var a in db.AuditEntries.AsNoTracking().OrderBy(a => a.Seq).AsAsyncEnumerable())
        {
            count++;
            if (a.Seq != expectedSeq++ || a.PrevHash != prev || a.Hash != AuditChain.Hash(key, prev, TongxinDb.Canonical(a)))
                return (a.Seq, count);
            prev = a.Hash;
        }
        return (null, count);
    }
}
