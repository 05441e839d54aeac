namespace Tongxin.Web.Features.Liaison;

/// <summary>One visit in scope with its rectification items (404 outside scope).</summary>
public sealed class GetVisit(TongxinDb db, ListRectifications items) : IHandler
{
    public sealed record Detail(Guid Id, DateOnly Date, string Kind, Guid NodeId, string Town, string Visitors,
        string Findings, bool CrossCheck, IReadOnlyList<ListRectifications.Row> Items);

    public async Task<Detail> HandleAsync(Guid id, CancellationToken ct = default)
    {
        var v = await db.Set<Visit>().AsNoTracking().SingleOrDefaultAsync(x => x.Id == id, ct)
            ?? throw new NotFoundException(Loc.T("调研督查", "Visit"));
        var town = await db.Regions.AsNoTracking().Where(r => r.Id == v.NodeId).Select(r => r.Name)
            .SingleOrDefaultAsync(ct);
        var list = await items.HandleAsync(new(VisitId: id, PageSize: 100), ct);
        return new Detail(v.Id, v.Date, v.Kind, v.NodeId, town ?? "—", v.Visitors, v.Findings, v.CrossCheck,
            list.Items);
    }
}
