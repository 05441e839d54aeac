namespace Tongxin.Web.Features.Documents;

public sealed class GetDocument(TongxinDb db) : IHandler
{
    public sealed record Result(Guid Id, string? Number, string Title, string Issuer, Guid? BodyId, string? BodyName,
        DateOnly IssuedOn,
        DocumentStatus Status, string? Summary, Guid NodeId, bool Editable, long Version);

    public async Task<Result> HandleAsync(Guid id, CancellationToken ct = default)
    {
        var d = await db.Documents.AsNoTracking().Include(x => x.Body).SingleOrDefaultAsync(x => x.Id == id, ct)
                ?? throw new NotFoundException(Loc.T("文件", "File"));
        return new Result(d.Id, d.Number, d.Title, d.Issuer, d.BodyId, d.Body?.Name, d.IssuedOn, d.Status, d.Summary,
            d.NodeId,
            db.InScope(d.NodePath), d.Version);
    }
}
