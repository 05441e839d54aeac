using Microsoft.Extensions.Caching.Memory;
using Tongxin.Data.Statistics;
using Tongxin.Domain.Regions;

namespace Tongxin.Web.Features.Dashboard;

/// <summary>
/// 统战图谱: what exists in the user's scope, broken down by the level below the user's node (a province by city,
/// a county by town, a town by village); every number equals its list (RPT-1). A county, city or province sums the
/// tallies kept per town (<see cref="TallyCounter"/>, recounted first for whatever was saved since), so its cost
/// follows the number of towns, not of people; a town or village counts its few rows directly. The sums are kept in
/// memory per scope until the tallies' generation changes, so a province's thirty thousand tallies are summed once
/// per change.
/// </summary>
public sealed class GetDashboard(TongxinDb db, RecountTallies recount, IMemoryCache cache, CurrentUser user)
    : IHandler
{
    public sealed record NodeLine(Guid Id, string Name, int Villages, int Bodies, int People);

    public sealed record CategoryLine(string Code, string Name, int People);

    public sealed record Result(
        int Towns, int Villages, int Bodies, int Documents, int AuthorizedPosts, int InPost, int People,
        RegionLevel? ChildLevel, IReadOnlyList<NodeLine> ByNode, IReadOnlyList<CategoryLine> ByCategory);

    public async Task<Result> HandleAsync(CancellationToken ct = default)
    {
        var scope = db.CurrentUser.ScopePath ?? NodePath.Root;
        var node = scope == NodePath.Root
            ? null
            : await db.Regions.AsNoTracking().FirstOrDefaultAsync(r => r.NodePath == scope, ct);
        RegionLevel? childLevel = node is null ? RegionLevel.Province : RegionCode.ChildLevel(node.Level);
        var children = childLevel is null ? [] : await db.Regions.AsNoTracking()
            .Where(r => r.ParentId == (node == null ? null : node.Id))
            .OrderBy(r => r.SortOrder).ThenBy(r => r.Code)
            .Select(r => new { r.Id, r.Name, r.NodePath }).ToListAsync(ct);
        // Codes have a fixed length per level (ACC-1), so every child's path has the same length and a row's child is
        // a prefix of its path: one grouped query instead of one per child.
        var prefix = children.Select(c => c.NodePath.Length).Distinct().SingleOrDefault();
        var figures = NodePath.IsTownOrBelow(scope)
            ? await CountAsync(prefix, ct)
            : await SumTalliesAsync(scope, prefix, ct);

        var seesSensitive = user.Can(Permissions.PeopleSensitive);
        var categories = await db.DictionaryItems.AsNoTracking()
            .Where(d => d.Kind == Data.Seed.Dictionaries.Category).OrderBy(d => d.SortOrder)
            // A count of 少数民族人士 per node is what the masked ethnicity would tell (SEC-24).
            .Where(d => !d.Sensitive || seesSensitive)
            .Select(d => new { d.Code, d.Name }).ToListAsync(ct);
        return new Result(figures.Total(TallyCounter.Towns), figures.Total(TallyCounter.Villages),
            figures.Total(TallyCounter.Bodies), await db.Documents.CountAsync(ct),
            await db.Posts.SumAsync(p => p.Authorized, ct), await db.PostAllocations.CountAsync(ct),
            figures.Total(TallyCounter.People), childLevel,
            children.Select(c => new NodeLine(c.Id, c.Name, figures.Of(c.NodePath, TallyCounter.Villages),
                figures.Of(c.NodePath, TallyCounter.Bodies), figures.Of(c.NodePath, TallyCounter.People))).ToList(),
            categories.Select(c => new CategoryLine(c.Code, c.Name, figures.Total(TallyCounter.Category(c.Code))))
                .ToList());
    }

    private sealed record Figures(
        Dictionary<string, long> Totals, Dictionary<(string Child, string Metric), long> ByChild)
    {
        public int Total(string metric) => (int)Totals.GetValueOrDefault(metric);
        public int Of(string child, string metric) => (int)ByChild.GetValueOrDefault((child, metric));
    }

    /// <summary>
    /// County and above: sums of the tallies in scope (the shared scope filter applies to them too), in one pass
    /// grouped by child and figure — tallies at the node itself fall in the "" group — read from a covering index,
    /// and kept while the generation is unchanged (it changes in the transaction that rewrites any tally, on
    /// whichever instance).
    /// </summary>
    private async Task<Figures> SumTalliesAsync(string scope, int prefix, CancellationToken ct)
    {
        await recount.HandleAsync(ct: ct);
        var key = $"dashboard-tallies:{scope}:{prefix}:{await TallyCounter.GenerationAsync(db, ct)}";
        if (cache.TryGetValue(key, out Figures? kept)) return kept!;
        await Summing.WaitAsync(ct); // after a change, thirty users opening the dashboard at once sum it once
        try
        {
            if (cache.TryGetValue(key, out kept)) return kept!;
            var figures = await SumAsync(prefix, ct);
            cache.Set(key, figures, new MemoryCacheEntryOptions { SlidingExpiration = TimeSpan.FromMinutes(10) });
            return figures;
        }
        finally
        {
            Summing.Release();
        }
    }

    private static readonly SemaphoreSlim Summing = new(1, 1);

    private async Task<Figures> SumAsync(int prefix, CancellationToken ct)
    {
        var sums = await db.Tallies.AsNoTracking()
            .GroupBy(t => new
            {
                Child = prefix > 0 && t.NodePath.Length >= prefix ? t.NodePath.Substring(0, prefix) : "", t.Metric,
            })
            .Select(g => new { g.Key.Child, g.Key.Metric, Sum = g.Sum(t => t.Value) }).ToListAsync(ct);
        return new Figures(sums.GroupBy(s => s.Metric).ToDictionary(g => g.Key, g => g.Sum(s => s.Sum)),
            sums.Where(s => s.Child != "").ToDictionary(s => (s.Child, s.Metric), s => s.Sum));
    }

    /// <summary>A town or a village: its few hundred rows counted directly.</summary>
    private async Task<Figures> CountAsync(int prefix, CancellationToken ct)
    {
        var totals = new Dictionary<string, long>
        {
            [TallyCounter.Towns] = await db.Regions.CountAsync(r => r.Level == RegionLevel.Town, ct),
            [TallyCounter.Villages] = await db.Regions.CountAsync(r => r.Level == RegionLevel.Village, ct),
            [TallyCounter.Bodies] = await db.Bodies.CountAsync(ct),
            [TallyCounter.People] = await db.People.CountAsync(ct),
        };
        foreach (var categories in await db.People.AsNoTracking().Select(p => p.Categories).ToListAsync(ct))
            foreach (var code in categories.Split('|', StringSplitOptions.RemoveEmptyEntries))
                totals[TallyCounter.Category(code)] = totals.GetValueOrDefault(TallyCounter.Category(code)) + 1;
        var byChild = new Dictionary<(string, string), long>();
        if (prefix > 0)
        {
            foreach (var g in await db.Bodies.Where(b => b.NodePath.Length >= prefix)
                         .GroupBy(b => b.NodePath.Substring(0, prefix))
                         .Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct))
                byChild[(g.Key, TallyCounter.Bodies)] = g.Count;
            foreach (var g in await db.People.Where(p => p.NodePath.Length >= prefix)
                         .GroupBy(p => p.NodePath.Substring(0, prefix))
                         .Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct))
                byChild[(g.Key, TallyCounter.People)] = g.Count;
        }
        return new Figures(totals, byChild);
    }
}
