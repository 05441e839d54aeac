namespace Tongxin.Web.Features.Bodies;

/// <summary>机构 list with search, type and node filters, paged (ORG-1).</summary>
public sealed class ListBodies(TongxinDb db) : IHandler
{
    public sealed record Query(
        string? Q = null, BodyType? Type = null, Guid? NodeId = null, int Page = 1, int PageSize = 20);

    public sealed record Row(
        Guid Id, string Name, BodyType Type, string NodeName, string? ParentName, int MemberCount, int UnitCount);

    public Task<Paged<Row>> HandleAsync(Query q, CancellationToken ct = default)
    {
        var bodies = db.Bodies.AsNoTracking();
        if (Check.Clean(q.Q) is { } text) bodies = bodies.Where(b => b.Name.Contains(text));
        if (q.Type is { } type) bodies = bodies.Where(b => b.Type == type);
        if (q.NodeId is { } node) bodies = bodies.Where(b => b.NodeId == node);
        return bodies.OrderBy(b => b.NodePath).ThenBy(b => b.Type).ThenBy(b => b.Name)
            .Select(b => new Row(b.Id, b.Name, b.Type,
                db.Regions.Where(r => r.Id == b.NodeId).Select(r => r.Name).FirstOrDefault() ?? "",
                b.ParentBody == null ? null : b.ParentBody.Name, b.Members.Count, b.MemberUnits.Count))
            .ToPagedAsync(q.Page, q.PageSize, ct);
    }
}
