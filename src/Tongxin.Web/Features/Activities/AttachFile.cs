
namespace Tongxin.Web.Features.Activities;

/// <summary>
/// SEC-21: an attachment (minutes, photos, files) to an activity: size limit, type from the content's magic bytes
/// (PDF, JPEG, PNG, Office .docx/.xlsx), stored under a random name in the data folder, never under wwwroot. It makes
/// the activity count for rules that need evidence.
/// </summary>
public sealed class AttachFile(TongxinDb db, Microsoft.Extensions.Options.IOptions<TongxinOptions> settings)
    : IHandler
{
    public const long MaxBytes = 10 * 1024 * 1024;

    public async Task<Guid> HandleAsync(
        Guid activityId, string fileName, Stream content, CancellationToken ct = default)
    {
        var activity = await db.Activities.SingleOrDefaultAsync(a => a.Id == activityId, ct)
            ?? throw new NotFoundException(Loc.T("活动", "Activity"));
        using var buffer = new MemoryStream();
        await content.CopyToAsync(buffer, ct);
        var type = Sniff(buffer.GetBuffer().AsSpan(0, (int)Math.Min(buffer.Length, 8)));
        new Check().That(buffer.Length > 0, "file", Loc.T("文件为空", "The file is empty"))
            .That(buffer.Length <= MaxBytes, "file",
                Loc.T($"文件超过 {MaxBytes / 1024 / 1024} MB",
                    $"The file is larger than {MaxBytes / 1024 / 1024} MB"))
            .That(type is not null, "file",
                Loc.T("仅支持 PDF、JPG、PNG、Word（.docx）和 Excel（.xlsx）文件",
                    "Only PDF, JPG, PNG, Word (.docx) and Excel (.xlsx) files are accepted"))
            .ThrowIfAny();
        Directory.CreateDirectory(settings.Value.UploadsPath);
        var stored = Guid.NewGuid().ToString("N");
        var path = Path.Combine(settings.Value.UploadsPath, stored);
        await File.WriteAllBytesAsync(path, buffer.ToArray(), ct);
        var name = Path.GetFileName(fileName.Replace('\\', '/')).Trim();
        var attachment = db.ActivityAttachments.Add(new ActivityAttachment
        {
            ActivityId = activity.Id, FileName = name.Length is > 0 and <= 200 ? name : "附件", StoredName = stored,
            ContentType = type!, Size = buffer.Length,
            NodeId = activity.NodeId, NodePath = activity.NodePath, MemberUnitId = activity.MemberUnitId,
        }).Entity;
        activity.AttachmentCount++;
        activity.HasEvidence = true;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch
        {
            File.Delete(path); // nothing half-written: no orphan file when the row is not saved
            throw;
        }
        return attachment.Id;
    }

    public static string? Sniff(ReadOnlySpan<byte> head) => head switch
    {
        [0x25, 0x50, 0x44, 0x46, ..] => "application/pdf",
        [0xFF, 0xD8, 0xFF, ..] => "image/jpeg",
        [0x89, 0x50, 0x4E, 0x47, ..] => "image/png",
        [0x50, 0x4B, 0x03, 0x04, ..] => "application/zip",
        _ => null,
    };
}
