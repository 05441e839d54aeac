using Tongxin.Data.Scope;
using Tongxin.Domain.Regions;

namespace Tongxin.Web.Features.Plans;

/// <summary>
/// 督办 (PLN-5, PLN-6): every task and rectification item in the user's scope that is not 正常, the highest level
/// first, by colour, town and kind, each with why, since when, its owner unit and its ladder history; counts per
/// colour and per town. <c>Item</c> picks one task or item whatever its level (a notice's link). The scope filter
/// decides what is visible.
/// </summary>
public sealed class ListSupervision(TongxinDb db) : IHandler
{
    public const string TaskKind = "task", ItemKind = "item";

    public sealed record Query(WarningLevel? Level = null, Guid? Town = null, string? Kind = null, Guid? Item = null,
        int Page = 1, int PageSize = 20);

    public sealed record Event(Guid Id, WarningLevel Level, DateOnly RaisedOn, string Reason,
        DateTime? AcknowledgedUtc, string? AcknowledgedBy);

    public sealed record Row(Guid Id, string Kind, string Title, string OwnerUnit, string Node, string NodePath,
        WarningLevel Level, string? Reason, DateOnly? Since, string Link, IReadOnlyList<Event> History);

    /// <summary>A town's (or the county's own) count of rows per level.</summary>
    public sealed record NodeCount(Guid? NodeId, string Node, int Blue, int Yellow, int Red, int Reported)
    {
        public int Total => Blue + Yellow + Red + Reported;
    }

    public sealed record Result(Paged<Row> Page, IReadOnlyList<NodeCount> ByNode, NodeCount Totals);

    private sealed record Flat(Guid Id, string Kind, string Title, string OwnerUnit, string NodePath,
        WarningLevel Level, string? Reason, DateOnly? Since, string Link);

    public async Task<Result> HandleAsync(Query q, CancellationToken ct = default)
    {
        var towns = await db.Regions.AsNoTracking().Where(r => r.Level <= RegionLevel.Town)
            .OrderBy(r => r.Code).Select(r => new { r.Id, r.Name, r.Level, r.NodePath }).ToListAsync(ct);
        var town = q.Town is { } t ? towns.FirstOrDefault(r => r.Id == t)?.NodePath ?? "\u0001" : null;
        string NodeOf(string path) => towns.FirstOrDefault(r => r.NodePath == NodePath.TownOrAbove(path))?.Name
            ?? towns.Where(r => NodePath.Contains(r.NodePath, path)).MaxBy(r => r.NodePath.Length)?.Name ?? "—";
        var (tasks, items) = Sources(q, town);

        // The counts are grouped by node and level in the database; only one row per node and level comes back.
        var counts = (await tasks.GroupBy(x => new { x.NodePath, x.Warning })
                .Select(g => new Tally(g.Key.NodePath, g.Key.Warning, g.Count())).ToListAsync(ct))
            .Concat(await items.GroupBy(x => new { x.NodePath, x.Warning })
                .Select(g => new Tally(g.Key.NodePath, g.Key.Warning, g.Count())).ToListAsync(ct)).ToList();
        var byNode = counts.GroupBy(c => NodePath.TownOrAbove(c.NodePath)).Select(g =>
        {
            var node = towns.FirstOrDefault(r => r.NodePath == g.Key);
            return Count(node?.Id, node?.Name ?? NodeOf(g.Key), g);
        }).OrderBy(n => towns.FindIndex(r => r.Id == n.NodeId) is var i && i < 0 ? int.MaxValue : i).ToList();

        if (q.Level is { } level)
            (tasks, items) = (tasks.Where(x => x.Warning == level), items.Where(x => x.Warning == level));
        var total = counts.Where(c => q.Level is not { } l || c.Level == l).Sum(c => c.Count);
        var size = Paging.Size(q.PageSize);
        var page = Math.Max(1, q.Page);
        // The page of the two lists merged: the first page × size of each, in the same order, holds it.
        var take = page * size;
        var flat = (await TopTasksAsync(tasks, take, ct)).Concat(await TopItemsAsync(items, take, ct))
            .OrderByDescending(r => r.Level).ThenBy(r => r.Since is null ? 0 : 1).ThenBy(r => r.Since)
            .Skip((page - 1) * size).Take(size).ToList();
        var ids = flat.Select(r => r.Id).ToList();
        var events = (await db.Set<WarningEvent>().AsNoTracking().Where(e => ids.Contains(e.SubjectId))
                .ToListAsync(ct))
            .OrderByDescending(e => e.RaisedOn).ThenByDescending(e => e.Level).ToLookup(e => e.SubjectId);
        var rows = flat.Select(r => new Row(r.Id, r.Kind, r.Title, r.OwnerUnit, NodeOf(r.NodePath), r.NodePath,
            r.Level, r.Reason, r.Since, r.Link, events[r.Id].Select(e => new Event(e.Id, e.Level, e.RaisedOn,
                e.Reason, e.AcknowledgedUtc, e.AcknowledgedBy)).ToList())).ToList();
        return new Result(new Paged<Row>(rows, total, page, size), byNode, Count(null, Loc.T("合计", "Total"), counts));
    }

    private sealed record Tally(string NodePath, WarningLevel Level, int Count);

    /// <summary>The tasks and items the query asks for: one by id (whatever its level), else all that are not 正常;
    /// within a town when one is chosen. The scope filter applies to both.</summary>
    private (IQueryable<WorkTask> Tasks, IQueryable<RectificationItem> Items) Sources(Query q, string? town)
    {
        var tasks = db.Set<WorkTask>().AsNoTracking();
        var items = db.Set<RectificationItem>().AsNoTracking();
        (tasks, items) = q.Item is { } id ? (tasks.Where(x => x.Id == id), items.Where(x => x.Id == id))
            : (tasks.Where(x => x.Warning != WarningLevel.None), items.Where(x => x.Warning != WarningLevel.None));
        if (town is not null) (tasks, items) = (tasks.InSubtree(town), items.InSubtree(town));
        if (q.Kind is { Length: > 0 } kind && kind != TaskKind) tasks = tasks.Where(x => false);
        if (q.Kind is { Length: > 0 } other && other != ItemKind) items = items.Where(x => false);
        return (tasks, items);
    }

    private static async Task<List<Flat>> TopTasksAsync(IQueryable<WorkTask> tasks, int take, CancellationToken ct) =>
        (await tasks.OrderByDescending(x => x.Warning).ThenBy(x => x.WarningSince == null ? 0 : 1)
            .ThenBy(x => x.WarningSince).ThenBy(x => x.Id).Take(take)
            .Select(x => new { x.Id, x.Title, x.OwnerUnit, x.NodePath, x.Warning, x.WarningReason, x.WarningSince })
            .ToListAsync(ct))
        .Select(x => new Flat(x.Id, TaskKind, x.Title, x.OwnerUnit, x.NodePath, x.Warning, x.WarningReason,
            x.WarningSince, $"/plans/tasks/{x.Id}")).ToList();

    private static async Task<List<Flat>> TopItemsAsync(IQueryable<RectificationItem> items, int take,
        CancellationToken ct) =>
        (await items.OrderByDescending(x => x.Warning).ThenBy(x => x.WarningSince == null ? 0 : 1)
            .ThenBy(x => x.WarningSince).ThenBy(x => x.Id).Take(take)
            .Select(x => new
            {
                x.Id, x.Title, x.Owner, x.NodePath, x.Warning, x.WarningReason, x.WarningSince,
                x.VisitId
            })
            .ToListAsync(ct))
        .Select(x => new Flat(x.Id, ItemKind, x.Title, x.Owner, x.NodePath, x.Warning, x.WarningReason,
            x.WarningSince, $"/liaison/visits/{x.VisitId}")).ToList();

    private static NodeCount Count(Guid? id, string name, IEnumerable<Tally> tallies)
    {
        var list = tallies.ToList();
        int Of(WarningLevel level) => list.Where(t => t.Level == level).Sum(t => t.Count);
        return new NodeCount(id, name, Of(WarningLevel.Blue), Of(WarningLevel.Yellow), Of(WarningLevel.Red),
            Of(WarningLevel.Reported));
    }

    public static string KindName(string kind) => kind == TaskKind ? Loc.T("任务", "Task") : Loc.T("整改", "Item");
}
