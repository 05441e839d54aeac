using Tongxin.Web.Infrastructure.Uploads;

namespace Tongxin.Web.Features.Liaison;

/// <summary>A 佐证材料 file of a rectification item (not once closed), kept by the shared evidence mechanism.</summary>
public sealed class AttachRectificationFile(TongxinDb db, EvidenceFiles evidence) : IHandler
{
    public async Task<Guid> HandleAsync(Guid id, string fileName, Stream content, CancellationToken ct = default)
    {
        var item = await db.Set<RectificationItem>().SingleOrDefaultAsync(i => i.Id == id, ct)
            ?? throw new NotFoundException(Loc.T("整改事项", "Rectification item"));
        new Check().That(item.Stage != RectificationStage.Closed, "file",
            Loc.T("已销账的事项不能再上传材料", "A closed item takes no more files")).ThrowIfAny();
        item.FileCount++;
        var row = await evidence.AttachAsync(LiaisonTowns.ItemOwner, item.Id, item.NodeId, item.NodePath, fileName,
            content, ct);
        return row.Id;
    }
}
