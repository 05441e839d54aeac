using Tongxin.Web.Infrastructure.Uploads;

namespace Tongxin.Web.Features.Activities;

/// <summary>
/// SEC-21: an attachment (minutes, photos, files) to an activity: size limit, a whole PDF, JPEG, PNG or Office
/// .docx/.xlsx by its content (<see cref="UploadCheck"/>), stored under a random name in the data folder, never under
/// wwwroot. It makes the activity count for rules that need evidence. OBL-6: the file's SHA-256 is on its row (so in
/// the audit chain), and a photo gets a copy stamped with the server's Beijing time, the node and the recorder.
/// </summary>
public sealed class AttachFile(TongxinDb db, Microsoft.Extensions.Options.IOptions<TongxinOptions> settings,
    CurrentUser user, TimeProvider clock) : IHandler
{
    public const long MaxBytes = 10 * 1024 * 1024;
    private const long MaxUnpacked = 100 * 1024 * 1024;

    public static readonly IReadOnlyList<FileKind> Accepted =
        [FileKind.Pdf, FileKind.Jpeg, FileKind.Png, FileKind.Docx, FileKind.Xlsx];

    public async Task<Guid> HandleAsync(
        Guid activityId, string fileName, Stream content, CancellationToken ct = default)
    {
        var activity = await db.Activities.SingleOrDefaultAsync(a => a.Id == activityId, ct)
            ?? throw new NotFoundException(Loc.T("活动", "Activity"));
        var bytes = await UploadCheck.ReadAsync(content, MaxBytes, ct);
        var verdict = bytes is null ? null : UploadCheck.Inspect(bytes, fileName, Accepted, MaxUnpacked);
        new Check().That(bytes is not null, "file",
                Loc.T($"文件超过 {MaxBytes / 1024 / 1024} MB",
                    $"The file is larger than {MaxBytes / 1024 / 1024} MB"))
            .That(verdict?.Error is null, "file", verdict?.Error ?? "")
            .ThrowIfAny();
        // The stamped copy is drawn before anything is written, so a photo that cannot be drawn leaves no file.
        var stamped = verdict!.Kind == FileKind.Jpeg || verdict.Kind == FileKind.Png
            ? EvidenceStamp.Draw(bytes!, await StampLinesAsync(activity.NodePath, ct))
            : null;
        Directory.CreateDirectory(settings.Value.UploadsPath);
        var stored = Guid.NewGuid().ToString("N");
        var path = Path.Combine(settings.Value.UploadsPath, stored);
        var stampedName = stamped is null ? null : stored + "-stamped";
        void Remove()
        {
            File.Delete(path);
            File.Delete(path + "-stamped");
        }
        // Inside a larger unit of work (a phone form with several photos), a later refusal removes these files too.
        db.OnRollback(Remove);
        var name = Path.GetFileName(fileName.Replace('\\', '/')).Trim();
        var attachment = db.ActivityAttachments.Add(new ActivityAttachment
        {
            ActivityId = activity.Id, FileName = name.Length is > 0 and <= 200 ? name : "附件", StoredName = stored,
            ContentType = verdict.Kind!.ContentType, Size = bytes!.Length,
            Sha256 = EvidenceStamp.Sha256(bytes), StampedName = stampedName,
            NodeId = activity.NodeId, NodePath = activity.NodePath, MemberUnitId = activity.MemberUnitId,
        }).Entity;
        activity.AttachmentCount++;
        activity.HasEvidence = true;
        try
        {
            await File.WriteAllBytesAsync(path, bytes!, ct);
            if (stamped is not null) await File.WriteAllBytesAsync(path + "-stamped", stamped, ct);
            await db.SaveChangesAsync(ct);
        }
        catch
        {
            Remove(); // nothing half-written: no orphan file when the row is not saved
            throw;
        }
        return attachment.Id;
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
