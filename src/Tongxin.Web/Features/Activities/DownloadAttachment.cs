
namespace Tongxin.Web.Features.Activities;

/// <summary>An attachment as a download (Content-Disposition: attachment), scope-checked through its row.</summary>
public sealed class DownloadAttachment(
    TongxinDb db, Microsoft.Extensions.Options.IOptions<TongxinOptions> settings) : IHandler
{
    public async Task<(string Name, string ContentType, byte[] Content)> HandleAsync(
        Guid id, CancellationToken ct = default)
    {
        var f = await db.ActivityAttachments.AsNoTracking().SingleOrDefaultAsync(x => x.Id == id, ct)
            ?? throw new NotFoundException(Loc.T("附件", "Attachment"));
        var path = Path.Combine(settings.Value.UploadsPath, f.StoredName);
        if (!File.Exists(path)) throw new NotFoundException(Loc.T("附件文件", "Attachment file"));
        var type = f.ContentType == "application/zip" ? "application/octet-stream" : f.ContentType;
        return (f.FileName, type, await File.ReadAllBytesAsync(path, ct));
    }
}
