using Tongxin.Domain.Regions;

namespace Tongxin.Web.Features.Regions;

/// <summary>Region list: children of one node (or the user's top nodes), or a search by name/code, paged
/// (ACC-1).</summary>
public sealed class ListRegions(TongxinDb db) : IHandler
{
    public sealed record Query(Guid? ParentId = null, string? Q = null, RegionLevel? Level = null, int Page = 1,
        int PageSize = 20);

    public Task<Paged<RegionRow>> HandleAsync(Query q, CancellationToken ct = default)
    {
        var regions = db.Regions.AsNoTracking();
        var text = Check.Clean(q.Q);
        if (text is not null) regions = regions.Where(r => r.Name.Contains(text) || r.Code.StartsWith(text));
        else if (q.ParentId is { } parent) regions = regions.Where(r => r.ParentId == parent);
        else regions = regions.Where(r => r.ParentId == null || !db.Regions.Any(p => p.Id == r.ParentId));
        if (q.Level is { } level) regions = regions.Where(r => r.Level == level);
        return regions.OrderBy(r => r.Code)
            .Select(r =>
            new RegionRow(r.Id, r.Code, r.Name, r.Level, r.ParentId, db.Regions.Count(c => c.ParentId == r.Id),
            r.Version))
            .ToPagedAsync(q.Page, q.PageSize, ct);
    }
}
