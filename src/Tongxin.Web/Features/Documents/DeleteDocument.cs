namespace Tongxin.Web.Features.Documents;

public sealed class DeleteDocument(TongxinDb db) : IHandler
{
    public async Task HandleAsync(Guid id, CancellationToken ct = default)
    {
        var doc = await db.Documents.SingleOrDefaultAsync(x => x.Id == id, ct);
        if (doc is null || !db.InScope(doc.NodePath)) throw new NotFoundException(Loc.T("文件", "File"));
        db.Documents.Remove(doc);
        await db.SaveChangesAsync(ct);
    }
}
