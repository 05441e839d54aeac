using Microsoft.EntityFrameworkCore;
using Tongxin.Data;
using Tongxin.Domain.Regions;
using Tongxin.Web.Infrastructure;

namespace Tongxin.Web.Features.Dashboard;

/// <summary>统战图谱 shell: what exists so far in the user's scope; every number equals its list (RPT-1).</summary>
public sealed class GetDashboard(TongxinDb db) : IHandler
{
    public sealed record TownLine(Guid Id, string Name, int Villages, int Bodies, int People);

    public sealed record CategoryLine(string Code, string Name, int People);

    public sealed record Result(int Towns, int Villages, int Bodies, int Documents, int AuthorizedPosts, int InPost, int People,
        IReadOnlyList<TownLine> ByTown, IReadOnlyList<CategoryLine> ByCategory);

    public async Task<Result> HandleAsync(CancellationToken ct = default)
    {
        var towns = await db.Regions.AsNoTracking().Where(r => r.Level == RegionLevel.Town).OrderBy(r => r.Code)
            .Select(r => new { r.Id, r.Name, r.NodePath }).ToListAsync(ct);
        var byTown = new List<TownLine>();
        foreach (var t in towns)
        {
            var high = NodePath.Upper(t.NodePath);
            byTown.Add(new TownLine(t.Id, t.Name,
                await db.Regions.CountAsync(r => r.ParentId == t.Id, ct),
                await db.Bodies.CountAsync(b => string.Compare(b.NodePath, t.NodePath) >= 0 && string.Compare(b.NodePath, high) < 0, ct),
                await db.People.CountAsync(p => string.Compare(p.NodePath, t.NodePath) >= 0 && string.Compare(p.NodePath, high) < 0, ct)));
        }
        var categories = await db.DictionaryItems.Where(d => d.Kind == Data.Seed.Dictionaries.Category).OrderBy(d => d.SortOrder).ToListAsync(ct);
        var byCategory = new List<CategoryLine>();
        foreach (var c in categories)
            byCategory.Add(new CategoryLine(c.Code, c.Name, await db.People.CountAsync(p => p.Categories.Contains("|" + c.Code + "|"), ct)));
        return new Result(towns.Count, await db.Regions.CountAsync(r => r.Level == RegionLevel.Village, ct), await db.Bodies.CountAsync(ct),
            await db.Documents.CountAsync(ct), await db.Posts.SumAsync(p => p.Authorized, ct), await db.PostAllocations.CountAsync(ct),
            await db.People.CountAsync(ct), byTown, byCategory);
    }
}
