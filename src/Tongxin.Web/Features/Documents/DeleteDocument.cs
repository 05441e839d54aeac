namespace Tongxin.Web.Features.Documents;

public sealed class DeleteDocument(TongxinDb db) : IHandler
{
    public async Task HandleAsync(Guid id, CancellationToken ct = default)
    {
        var doc = Guard.InScope(db, await db.Documents.SingleOrDefaultAsync(x => x.Id == id, ct), d => d.NodePath,
            Loc.T("文件", "File"));
        db.Documents.Remove(doc);
        await db.SaveChangesAsync(ct);
    }
}
