using System.Security.Cryptography;
using System.Text.RegularExpressions;
using Tongxin.Data.Audit;
using Tongxin.Data.Entities;

namespace Tongxin.Web.Cli;

/// <summary>
/// OBL-6: a changed evidence file is detectable by <c>tongxin audit-verify</c>. Each evidence file (activity
/// attachments, and the files of progress updates and rectification items) must
/// still hash to the SHA-256 on its row, and that value must be the one its creation wrote into the (verified) audit
/// chain, so neither the file nor the row can be swapped unnoticed.
/// </summary>
public static partial class EvidenceCheck
{
    /// <summary>The first problem in Chinese, or null when every evidence file is as recorded.</summary>
    public static async Task<string?> FirstProblemAsync(TongxinDb db, string uploadsPath,
        CancellationToken ct = default)
    {
        var activities = db.ActivityAttachments.AsNoTracking().Where(a => a.Sha256 != null).OrderBy(a => a.Id)
            .Select(a => new Evidence(nameof(ActivityAttachment), a.Id, a.FileName, a.StoredName, a.Sha256!));
        var others = db.Set<EvidenceFile>().AsNoTracking().Where(a => a.Sha256 != null).OrderBy(a => a.Id)
            .Select(a => new Evidence(nameof(EvidenceFile), a.Id, a.FileName, a.StoredName, a.Sha256!));
        return await FirstProblemAsync(db, uploadsPath, nameof(ActivityAttachment), activities, "活动附件", ct)
            ?? await FirstProblemAsync(db, uploadsPath, nameof(EvidenceFile), others, "佐证材料", ct);
    }

    private sealed record Evidence(string Type, Guid Id, string FileName, string StoredName, string Sha256);

    private static async Task<string?> FirstProblemAsync(TongxinDb db, string uploadsPath, string type,
        IQueryable<Evidence> rows, string kind, CancellationToken ct)
    {
        // Read first: PostgreSQL runs one command at a time on a connection, so not while the rows stream.
        var audited = await ReadAuditAsync(db, type, ct);
        await foreach (var a in rows.AsAsyncEnumerable().WithCancellation(ct))
        {
            var what = $"{kind}“{a.FileName}”（{a.Id}）";
            if (audited.TryGetValue(a.Id.ToString(), out var recorded) && recorded != a.Sha256)
                return $"佐证文件的哈希被改动：{what}的记录与审计日志中的哈希不符。";
            var path = Path.Combine(uploadsPath, a.StoredName);
            if (!File.Exists(path)) return $"佐证文件缺失：{what}。";
            await using var file = File.OpenRead(path);
            if (Convert.ToHexStringLower(await SHA256.HashDataAsync(file, ct)) != a.Sha256)
                return $"佐证文件被改动：{what}的内容与保存时的 SHA-256 不符。";
        }
        return null;
    }

    private static async Task<Dictionary<string, string>> ReadAuditAsync(TongxinDb db, string type,
        CancellationToken ct)
    {
        var audited = new Dictionary<string, string>();
        await foreach (var e in db.AuditEntries.AsNoTracking()
                           .Where(a => a.ObjectType == type && a.Event == AuditEvents.Create)
                           .Select(a => new { a.ObjectId, a.Details }).AsAsyncEnumerable().WithCancellation(ct))
            if (e.ObjectId is not null && e.Details is not null && Sha256().Match(e.Details) is { Success: true } m)
                audited[e.ObjectId] = m.Groups[1].Value;
        return audited;
    }

    [GeneratedRegex("\"Sha256\"\\s*:\\s*\"([0-9a-f]{64})\"")]
    private static partial Regex Sha256();
}
