namespace Tongxin.Web.Features.Liaison;

/// <summary>调研督查 visits in scope (LIA-2), newest first, with how many rectification items each has open.</summary>
public sealed class ListVisits(TongxinDb db) : IHandler
{
    public sealed record Query(int? Year = null, string? Kind = null, Guid? NodeId = null, string? Q = null,
        int Page = 1, int PageSize = 20);
    public sealed record Row(Guid Id, DateOnly Date, string Kind, Guid NodeId, string Town, string Visitors,
        string Findings, bool CrossCheck, int Items, int Open);

    public async Task<Paged<Row>> HandleAsync(Query q, CancellationToken ct = default)
    {
        var visits = db.Set<Visit>().AsNoTracking();
        if (q.Year is { } y) visits = visits.Where(v => v.Year == y);
        if (Check.Clean(q.Kind) is { } kind) visits = visits.Where(v => v.Kind == kind);
        if (q.NodeId is { } n) visits = visits.Where(v => v.NodeId == n);
        if (Check.Clean(q.Q) is { } text)
            visits = visits.Where(v => v.Findings.Contains(text) || v.Visitors.Contains(text));
        var page = await visits.OrderByDescending(v => v.Date).ThenBy(v => v.Id).ToPagedAsync(q.Page, q.PageSize, ct);
        var ids = page.Items.Select(v => v.Id).ToList();
        var items = await db.Set<RectificationItem>().AsNoTracking().Where(i => ids.Contains(i.VisitId))
            .Select(i => new { i.VisitId, i.Stage }).ToListAsync(ct);
        var towns = await TownNamesAsync(db, page.Items.Select(v => v.NodeId), ct);
        return new Paged<Row>(page.Items.Select(v => new Row(v.Id, v.Date, v.Kind, v.NodeId,
            towns.GetValueOrDefault(v.NodeId, "—"), v.Visitors, v.Findings, v.CrossCheck,
            items.Count(i => i.VisitId == v.Id),
            items.Count(i => i.VisitId == v.Id && i.Stage != RectificationStage.Closed))).ToList(),
            page.Total, page.Page, page.PageSize);
    }

    internal static async Task<Dictionary<Guid, string>> TownNamesAsync(TongxinDb db, IEnumerable<Guid> ids,
        CancellationToken ct)
    {
        var list = ids.Distinct().ToList();
        return await db.Regions.AsNoTracking().Where(r => list.Contains(r.Id)).ToDictionaryAsync(r => r.Id,
            r => r.Name, ct);
    }
}
