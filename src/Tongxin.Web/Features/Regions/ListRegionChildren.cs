namespace Tongxin.Web.Features.Regions;

/// <summary>
/// All children of one node (or the user's top nodes) for the region tree, not paged: a town may have more villages
/// than a page holds, and a tree that drops some hides them (ACC-1).
/// </summary>
public sealed class ListRegionChildren(TongxinDb db) : IHandler
{
    public async Task<IReadOnlyList<RegionRow>> HandleAsync(Guid? parentId = null, CancellationToken ct = default)
    {
        var regions = db.Regions.AsNoTracking();
        regions = parentId is { } parent
            ? regions.Where(r => r.ParentId == parent)
            : regions.Where(r => r.ParentId == null || !db.Regions.Any(p => p.Id == r.ParentId));
        return await regions.OrderBy(r => r.Code)
            .Select(r => new RegionRow(r.Id, r.Code, r.Name, r.Level, r.ParentId,
                db.Regions.Count(c => c.ParentId == r.Id), r.Version))
            .ToListAsync(ct);
    }
}
