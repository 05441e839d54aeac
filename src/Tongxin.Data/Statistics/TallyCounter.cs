using Microsoft.EntityFrameworkCore.ChangeTracking;
using Tongxin.Data.Bulk;
using Tongxin.Data.Scope;
using Tongxin.Domain.Regions;

namespace Tongxin.Data.Statistics;

/// <summary>
/// Keeps the dashboard tallies exact (issue 6). Every save that adds, changes or removes a person, body or region marks
/// its town (or its node above towns) in the same transaction; the next dashboard read recounts just the marked towns
/// — a few index-range counts — and then sums tallies instead of counting rows. Bulk loads recount everything.
/// </summary>
public static class TallyCounter
{
    public const string People = "people", Towns = "towns", Villages = "villages", Bodies = "bodies";

    public static string Category(string code) => "people:" + code;

    private static readonly SemaphoreSlim Lock = new(1, 1);

    /// <summary>The tally keys a save touches, before and after a move.</summary>
    internal static IEnumerable<string> Marks(IEnumerable<EntityEntry> entries) => entries
        .Where(e => e.Entity is Person or Body or Region)
        .SelectMany(e => e.State == EntityState.Modified
            ? [((INodeScoped)e.Entity).NodePath, (string)e.Property(nameof(INodeScoped.NodePath)).OriginalValue!]
            : new[] { ((INodeScoped)e.Entity).NodePath })
        .Select(NodePath.TownOrAbove).Distinct();

    /// <summary>
    /// Recounts the marked keys — or everything when asked or when no tally exists yet — in one transaction, one
    /// recount at a time across processes. The context must see every node (the system user). Returns the keys
    /// recounted (-1: all).
    /// </summary>
    public static async Task<int> RefreshAsync(TongxinDb db, bool all = false, CancellationToken ct = default)
    {
        if (!all && !await db.TallyMarks.AnyAsync(ct) && await db.Tallies.AnyAsync(ct)) return 0;
        await Lock.WaitAsync(ct);
        try
        {
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            if (db.Database.ProviderName?.Contains("Npgsql") == true)
                await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock(726902)", ct);
            var marks = await db.TallyMarks.AsNoTracking().ToListAsync(ct);
            all = all || !await db.Tallies.AnyAsync(ct);
            if (!all && marks.Count == 0) return 0;
            var keys = all ? ["/"] : marks.Select(m => m.NodePath).Distinct().ToList();
            var counts = new Counts();
            foreach (var key in keys)
            {
                await counts.AddAsync(db, key, all, ct);
                await (all ? db.Tallies : db.Tallies.Where(t => t.NodePath == key)).ExecuteDeleteAsync(ct);
            }
            await BulkInsert.InsertAsync(db, counts.Rows(), ct: ct);
            if (marks.Count > 0)
            {
                var last = marks.Max(m => m.Id);
                await db.TallyMarks.Where(m => m.Id <= last).ExecuteDeleteAsync(ct);
            }
            if (await db.TallyGenerations.Where(g => g.Id == 1)
                .ExecuteUpdateAsync(u => u.SetProperty(g => g.Value, g => g.Value + 1), ct) == 0)
                await db.Database.ExecuteSqlAsync($"INSERT INTO \"TallyGenerations\" (\"Id\", \"Value\") VALUES (1, 1)",
                    ct);
            await tx.CommitAsync(ct);
            return all ? -1 : keys.Count;
        }
        finally
        {
            Lock.Release();
        }
    }

    /// <summary>
    /// Changes with every rewrite of the tallies (<see cref="TallyGeneration"/>); 0 before the first.
    /// </summary>
    public static Task<long> GenerationAsync(TongxinDb db, CancellationToken ct = default) =>
        db.TallyGenerations.Where(g => g.Id == 1).Select(g => g.Value).FirstOrDefaultAsync(ct);

    private sealed class Counts
    {
        private readonly Dictionary<(string Key, string Metric), long> _values = [];
        private readonly Dictionary<string, Guid> _nodes = [];

        private void Add(string path, string metric) =>
            _values[(NodePath.TownOrAbove(path), metric)] =
                _values.GetValueOrDefault((NodePath.TownOrAbove(path), metric)) + 1;

        /// <summary>
        /// Counts the rows under one key: a town's subtree, or the rows at exactly a node above towns.
        /// </summary>
        public async Task AddAsync(TongxinDb db, string key, bool all, CancellationToken ct)
        {
            IQueryable<T> Under<T>(IQueryable<T> q) where T : class, INodeScoped =>
                all ? q : NodePath.IsTownOrBelow(key) ? q.InSubtree(key) : q.Where(x => x.NodePath == key);

            await foreach (var r in Under(db.Regions.AsNoTracking()).Select(r => new { r.Id, r.NodePath, r.Level })
                .AsAsyncEnumerable().WithCancellation(ct))
            {
                if (r.NodePath == NodePath.TownOrAbove(r.NodePath)) _nodes[r.NodePath] = r.Id;
                if (r.Level == RegionLevel.Town) Add(r.NodePath, Towns);
                if (r.Level == RegionLevel.Village) Add(r.NodePath, Villages);
            }
            await foreach (var path in Under(db.Bodies.AsNoTracking()).Select(b => b.NodePath)
                .AsAsyncEnumerable().WithCancellation(ct))
                Add(path, Bodies);
            await foreach (var p in Under(db.People.AsNoTracking()).Select(p => new { p.NodePath, p.Categories })
                .AsAsyncEnumerable().WithCancellation(ct))
            {
                Add(p.NodePath, People);
                foreach (var code in p.Categories.Split('|', StringSplitOptions.RemoveEmptyEntries))
                    Add(p.NodePath, Category(code));
            }
        }

        public IEnumerable<Tally> Rows() => _values.Select(v => new Tally
        {
            NodePath = v.Key.Key, NodeId = _nodes.GetValueOrDefault(v.Key.Key), Metric = v.Key.Metric, Value = v.Value,
        });
    }
}
