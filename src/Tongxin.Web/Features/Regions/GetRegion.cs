using Tongxin.Domain.Regions;

namespace Tongxin.Web.Features.Regions;

/// <summary>One node with the visible part of its ancestor chain (for the breadcrumb).</summary>
public sealed class GetRegion(TongxinDb db) : IHandler
{
    public sealed record Result(RegionRow Region, string NodePath, IReadOnlyList<RegionRow> Ancestors, int BodyCount,
        int DocumentCount);

    public async Task<Result> HandleAsync(Guid id, CancellationToken ct = default)
    {
        var r = await db.Regions.AsNoTracking().Where(x => x.Id == id)
            .Select(x =>
            new
            {
                Row = new RegionRow(x.Id, x.Code, x.Name, x.Level, x.ParentId,
            db.Regions.Count(c => c.ParentId == x.Id), x.Version), x.NodePath
            })
            .SingleOrDefaultAsync(ct) ?? throw new NotFoundException(Loc.T("区划", "Region"));
        var paths = NodePath.SelfAndAncestors(r.NodePath).SkipLast(1).ToList();
        var ancestors = await db.Regions.AsNoTracking().Where(x => paths.Contains(x.NodePath)).OrderBy(x => x.Level)
            .Select(x => new RegionRow(x.Id, x.Code, x.Name, x.Level, x.ParentId, 0, x.Version)).ToListAsync(ct);
        var high = NodePath.Upper(r.NodePath);
        var bodies = await db.Bodies.CountAsync(b => string.Compare(b.NodePath, r.NodePath) >= 0
            && string.Compare(b.NodePath, high) < 0, ct);
        var docs = await db.Documents.CountAsync(d => d.NodePath == r.NodePath, ct);
        return new Result(r.Row, r.NodePath, ancestors, bodies, docs);
    }
}
