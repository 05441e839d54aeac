using Microsoft.EntityFrameworkCore;
using Tongxin.Data;
using Tongxin.Data.Scope;
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
        // Region codes have fixed lengths per level (ACC-1), so every town path has the same length and a row's town is
        // the prefix of its path: one grouped query per table instead of one per town (a province has 1,822 towns).
        var length = towns.Select(t => t.NodePath.Length).Distinct().ToList();
        var byTown = new List<TownLine>();
        if (length.Count == 1)
        {
            var n = length[0];
            var villages = await db.Regions.Where(r => r.Level == RegionLevel.Village).GroupBy(r => r.ParentId).Select(g => new { g.Key, Count = g.Count() })
                .ToDictionaryAsync(g => g.Key ?? Guid.Empty, g => g.Count, ct);
            var bodies = await db.Bodies.Where(b => b.NodePath.Length >= n).GroupBy(b => b.NodePath.Substring(0, n)).Select(g => new { g.Key, Count = g.Count() })
                .ToDictionaryAsync(g => g.Key, g => g.Count, ct);
            var people = await db.People.Where(p => p.NodePath.Length >= n).GroupBy(p => p.NodePath.Substring(0, n)).Select(g => new { g.Key, Count = g.Count() })
                .ToDictionaryAsync(g => g.Key, g => g.Count, ct);
            byTown.AddRange(towns.Select(t => new TownLine(t.Id, t.Name, villages.GetValueOrDefault(t.Id), bodies.GetValueOrDefault(t.NodePath), people.GetValueOrDefault(t.NodePath))));
        }
        else
            foreach (var t in towns)
                byTown.Add(new TownLine(t.Id, t.Name, await db.Regions.CountAsync(r => r.ParentId == t.Id, ct),
                    await db.Bodies.InSubtree(t.NodePath).CountAsync(ct), await db.People.InSubtree(t.NodePath).CountAsync(ct)));
        var categories = await db.DictionaryItems.Where(d => d.Kind == Data.Seed.Dictionaries.Category).OrderBy(d => d.SortOrder).ToListAsync(ct);
        var byCategory = new List<CategoryLine>();
        foreach (var c in categories)
            byCategory.Add(new CategoryLine(c.Code, c.Name, await db.People.CountAsync(p => p.Categories.Contains("|" + c.Code + "|"), ct)));
        return new Result(towns.Count, await db.Regions.CountAsync(r => r.Level == RegionLevel.Village, ct), await db.Bodies.CountAsync(ct),
            await db.Documents.CountAsync(ct), await db.Posts.SumAsync(p => p.Authorized, ct), await db.PostAllocations.CountAsync(ct),
            await db.People.CountAsync(ct), byTown, byCategory);
    }
}
