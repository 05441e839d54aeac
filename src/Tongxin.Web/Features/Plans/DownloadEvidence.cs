namespace Tongxin.Web.Features.Plans;

/// <summary>An evidence file of a progress update as a download, scope-checked through its row (a town reads only
/// its own).</summary>
public sealed class DownloadEvidence(
    TongxinDb db, Microsoft.Extensions.Options.IOptions<TongxinOptions> settings) : IHandler
{
    public async Task<(string Name, string ContentType, byte[] Content)> HandleAsync(
        Guid id, CancellationToken ct = default)
    {
        var f = await db.Set<EvidenceFile>().AsNoTracking().SingleOrDefaultAsync(x => x.Id == id, ct)
            ?? throw new NotFoundException(Loc.T("佐证材料", "Evidence file"));
        var path = Path.Combine(settings.Value.UploadsPath, f.StoredName);
        if (!File.Exists(path)) throw new NotFoundException(Loc.T("佐证材料文件", "Evidence file"));
        var type = f.ContentType == "application/zip" ? "application/octet-stream" : f.ContentType;
        return (f.FileName, type, await File.ReadAllBytesAsync(path, ct));
    }
}
