using Tongxin.Domain.Audit;

namespace Tongxin.Data;

/// <summary>
/// The signed head of the audit log (SEC-14, <see cref="Entities.AuditHead"/>): read and moved by every audit write
/// under the chain lock, in the write's transaction.
/// </summary>
public sealed partial class TongxinDb
{
    /// <summary>The head as stored, or null when its row is missing.</summary>
    public Task<AuditHead?> FindAuditHeadAsync(CancellationToken ct = default) =>
        AuditHead.AsNoTracking().SingleOrDefaultAsync(h => h.Id == Entities.AuditHead.SingleId, ct);

    public bool IsSigned(AuditHead head) => head.Mac.Length > 0 && head.Mac == AuditChain.HeadMac(_signer.Key,
        head.Seq, head.Hash);

    /// <summary>
    /// A missing or unsigned head means the log was tampered with (or the start-up that signs the migrated head has
    /// not run): refusing the write keeps the change from being saved over a log that can no longer be proven.
    /// </summary>
    private async Task<AuditHead> ReadAuditHeadAsync(CancellationToken ct)
    {
        var head = await FindAuditHeadAsync(ct) ?? throw new AuditHeadException("审计日志头缺失");
        return IsSigned(head) ? head : throw new AuditHeadException("审计日志头签名无效");
    }

    private async Task MoveAuditHeadAsync(long fromSeq, long seq, string hash, CancellationToken ct)
    {
        var mac = AuditChain.HeadMac(_signer.Key, seq, hash);
        var moved = await AuditHead.Where(h => h.Id == Entities.AuditHead.SingleId && h.Seq == fromSeq)
            .ExecuteUpdateAsync(s => s.SetProperty(h => h.Seq, seq).SetProperty(h => h.Hash, hash)
                .SetProperty(h => h.Mac, mac), ct);
        if (moved != 1) throw new AuditHeadException("审计日志头已被并发修改");
    }

    /// <summary>
    /// Signs the head the AuditHead migration wrote (the last row at the time, or the genesis). Called only in the
    /// start-up that applied that migration, so a head stripped of its MAC later is never signed again.
    /// </summary>
    public async Task SignMigratedAuditHeadAsync(CancellationToken ct = default)
    {
        var head = await FindAuditHeadAsync(ct);
        if (head is null || head.Mac.Length > 0) return;
        var mac = AuditChain.HeadMac(_signer.Key, head.Seq, head.Hash);
        await AuditHead.Where(h => h.Id == Entities.AuditHead.SingleId && h.Mac == "")
            .ExecuteUpdateAsync(s => s.SetProperty(h => h.Mac, mac), ct);
    }
}

/// <summary>The audit log's head is missing or does not carry a valid MAC: no audited write can proceed.</summary>
public sealed class AuditHeadException(string message) : InvalidOperationException(message);
