using Microsoft.Extensions.Options;

namespace Tongxin.Web.Infrastructure.Uploads;

/// <summary>
/// SEC-21 / OBL-6 for every kind of evidence (activity attachments, progress updates, rectification items): the size
/// limit, a whole PDF, JPEG, PNG or Office .docx/.xlsx judged by content (<see cref="UploadCheck"/>), a random
/// stored name in the data folder (never under wwwroot), the SHA-256, and a photo's copy stamped with the server's
/// Beijing time, the node and the recorder. Files are removed again if the unit of work does not commit.
/// </summary>
public sealed class EvidenceFiles(TongxinDb db, IOptions<TongxinOptions> settings, CurrentUser user,
    TimeProvider clock) : IHandler
{
    public const long MaxBytes = 10 * 1024 * 1024;
    private const long MaxUnpacked = 100 * 1024 * 1024;

    public static readonly IReadOnlyList<FileKind> Accepted =
        [FileKind.Pdf, FileKind.Jpeg, FileKind.Png, FileKind.Docx, FileKind.Xlsx];

    /// <summary>What was stored; the caller puts it on its row and saves.</summary>
    public sealed record Stored(string FileName, string StoredName, string ContentType, long Size, string Sha256,
        string? StampedName);

    /// <summary>Checks and writes the file (400 with a Chinese message when refused: nothing written).</summary>
    public async Task<Stored> StoreAsync(string fileName, Stream content, string nodePath, CancellationToken ct)
    {
        var bytes = await UploadCheck.ReadAsync(content, MaxBytes, ct);
        var verdict = bytes is null ? null : UploadCheck.Inspect(bytes, fileName, Accepted, MaxUnpacked);
        new Check().That(bytes is not null, "file",
                Loc.T($"文件超过 {MaxBytes / 1024 / 1024} MB",
                    $"The file is larger than {MaxBytes / 1024 / 1024} MB"))
            .That(verdict?.Error is null, "file", verdict?.Error ?? "")
            .ThrowIfAny();
        // The stamped copy is drawn before anything is written, so a photo that cannot be drawn leaves no file.
        var stamped = verdict!.Kind == FileKind.Jpeg || verdict.Kind == FileKind.Png
            ? EvidenceStamp.Draw(bytes!, await StampLinesAsync(nodePath, ct))
            : null;
        Directory.CreateDirectory(settings.Value.UploadsPath);
        var stored = Guid.NewGuid().ToString("N");
        var path = Path.Combine(settings.Value.UploadsPath, stored);
        void Remove()
        {
            File.Delete(path);
            File.Delete(path + "-stamped");
        }
        // Inside a larger unit of work (a phone form with several photos), a later refusal removes these files too.
        db.OnRollback(Remove);
        try
        {
            await File.WriteAllBytesAsync(path, bytes!, ct);
            if (stamped is not null) await File.WriteAllBytesAsync(path + "-stamped", stamped, ct);
        }
        catch
        {
            Remove();
            throw;
        }
        var name = Path.GetFileName(fileName.Replace('\\', '/')).Trim();
        return new Stored(name.Length is > 0 and <= 200 ? name : "附件", stored, verdict.Kind!.ContentType,
            bytes!.Length, EvidenceStamp.Sha256(bytes), stamped is null ? null : stored + "-stamped");
    }

    /// <summary>
    /// Stores a file as an <see cref="EvidenceFile"/> of a progress update or rectification item at its node and
    /// saves; a failed save removes the file.
    /// </summary>
    public async Task<EvidenceFile> AttachAsync(string ownerType, Guid ownerId, Guid nodeId, string nodePath,
        string fileName, Stream content, CancellationToken ct)
    {
        var s = await StoreAsync(fileName, content, nodePath, ct);
        var row = db.Set<EvidenceFile>().Add(new EvidenceFile
        {
            OwnerType = ownerType, OwnerId = ownerId, FileName = s.FileName, StoredName = s.StoredName,
            ContentType = s.ContentType, Size = s.Size, Sha256 = s.Sha256, StampedName = s.StampedName,
            NodeId = nodeId, NodePath = nodePath,
        }).Entity;
        await SaveOrRemoveAsync(s, ct);
        return row;
    }

    /// <summary>Saves; if the save fails, the stored file goes too (no orphan file without a row).</summary>
    public async Task SaveOrRemoveAsync(Stored s, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch
        {
            File.Delete(Path.Combine(settings.Value.UploadsPath, s.StoredName));
            if (s.StampedName is not null) File.Delete(Path.Combine(settings.Value.UploadsPath, s.StampedName));
            throw;
        }
    }

    private async Task<IReadOnlyList<string>> StampLinesAsync(string nodePath, CancellationToken ct)
    {
        var chain = Domain.Regions.NodePath.SelfAndAncestors(nodePath);
        var names = await db.Regions.AsNoTracking().Where(r => chain.Contains(r.NodePath)).OrderBy(r => r.Level)
            .Select(r => r.Name).ToListAsync(ct);
        var now = TimeZoneInfo.ConvertTime(clock.GetUtcNow(), Domain.Time.ChinaTime.Zone);
        return
        [
            $"{now:yyyy-MM-dd HH:mm:ss} (UTC+8)",
            string.Join(" ", names),
            Loc.T($"记录人：{user.Principal.DisplayName()}", $"Recorded by {user.Principal.DisplayName()}"),
        ];
    }
}
