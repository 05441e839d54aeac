using Tongxin.Data.Audit;
using Tongxin.Domain.Audit;
using Microsoft.Extensions.Options;
using Tongxin.Web.Infrastructure;
using Tongxin.Web.Startup;

namespace Tongxin.Web.Cli;

/// <summary>
/// SEC-14: recompute the HMAC chain, name the first row that does not follow, and hold the end of the log against its
/// signed head, so rows cut from the end (or all of them) are reported too; then the evidence files (OBL-6).
/// </summary>
public static class AuditVerifyCommand
{
    /// <summary>The first altered or missing Seq and what is wrong (both null when the log is intact).</summary>
    public sealed record Check(long? Broken, long Count, string? Problem);

    public static async Task<int> RunAsync(IServiceProvider root, TextWriter output)
    {
        await using var scope = root.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<Security.HttpCurrentUser>().Use(Bootstrap.SystemPrincipal);
        var db = scope.ServiceProvider.GetRequiredService<TongxinDb>();
        var key = scope.ServiceProvider.GetRequiredService<AuditSigner>().Key;
        var check = await CheckAsync(db, key);
        if (check.Problem is not null)
        {
            await output.WriteLineAsync(check.Problem);
            return 1;
        }
        var uploads = scope.ServiceProvider.GetRequiredService<IOptions<TongxinOptions>>().Value.UploadsPath;
        if (await EvidenceCheck.FirstProblemAsync(db, uploads) is { } evidence)
        {
            await output.WriteLineAsync(evidence);
            return 1;
        }
        await output.WriteLineAsync($"审计日志完整：共 {check.Count} 条，哈希链校验通过，与签名的日志头一致；" +
            "佐证文件与记录的 SHA-256 一致。");
        return 0;
    }

    /// <summary>Returns the Seq of the first altered or missing row, or null (kept for the restore's check).</summary>
    public static async Task<(long? Broken, long Count)> FindBrokenAsync(TongxinDb db, byte[] key)
    {
        var check = await CheckAsync(db, key);
        return (check.Problem is null ? null : check.Broken ?? 0, check.Count);
    }

    /// <summary>Streams the log in Seq order, then compares where it ends with the head.</summary>
    public static async Task<Check> CheckAsync(TongxinDb db, byte[] key)
    {
        var (prev, expectedSeq) = await StartAsync(db);
        long count = 0;
        await foreach (var a in db.AuditEntries.AsNoTracking().OrderBy(a => a.Seq).AsAsyncEnumerable())
        {
            count++;
            if (a.Seq > expectedSeq)
                return new Check(expectedSeq, count,
                    $"审计日志缺少记录：Seq={Range(expectedSeq, a.Seq - 1)}（已校验 {count - 1} 条）。");
            if (a.Seq != expectedSeq++ || a.PrevHash != prev
                || a.Hash != AuditChain.Hash(key, prev, TongxinDb.Canonical(a)))
                return new Check(a.Seq, count, $"审计日志被篡改：第一条异常记录 Seq={a.Seq}（已校验 {count} 条）。");
            prev = a.Hash;
        }
        var last = expectedSeq - 1;
        var head = await db.FindAuditHeadAsync();
        if (head is null)
            return new Check(last + 1, count, "审计日志头缺失：无法证明日志末尾的记录未被删除。");
        if (!db.IsSigned(head))
            return new Check(last + 1, count, "审计日志头的签名无效：日志头被改动过。");
        if (count == 0 && head.Seq > 0)
            return new Check(1, 0, $"审计日志已被清空：日志头记录到 Seq={head.Seq}，现存 0 条。");
        if (last < head.Seq)
            return new Check(last + 1, count,
                $"审计日志末尾被删除：缺少 Seq={Range(last + 1, head.Seq)}，共 {head.Seq - last} 条" +
                $"（日志头记录到 Seq={head.Seq}，现存记录只到 Seq={last}）。");
        if (last > head.Seq || prev != head.Hash)
            return new Check(Math.Min(last, head.Seq + 1), count,
                $"审计日志头与日志末尾不符：日志头记录到 Seq={head.Seq}，日志到 Seq={last}。");
        return new Check(null, count, null);
    }

    private static string Range(long from, long to) => from == to ? $"{from}" : $"{from}–{to}";

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
