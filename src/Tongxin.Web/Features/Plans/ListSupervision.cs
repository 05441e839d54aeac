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
        var all = await RowsAsync(q, town, ct);
        string NodeOf(string path) => towns.FirstOrDefault(r => r.NodePath == NodePath.TownOrAbove(path))?.Name
            ?? towns.Where(r => NodePath.Contains(r.NodePath, path)).MaxBy(r => r.NodePath.Length)?.Name ?? "—";

        var byNode = all.GroupBy(r => NodePath.TownOrAbove(r.NodePath)).Select(g =>
        {
            var node = towns.FirstOrDefault(r => r.NodePath == g.Key);
            return Count(node?.Id, node?.Name ?? NodeOf(g.Key), g);
        }).OrderBy(n => towns.FindIndex(r => r.Id == n.NodeId) is var i && i < 0 ? int.MaxValue : i).ToList();

        var shown = all.Where(r => q.Level is not { } l || r.Level == l)
            .OrderByDescending(r => r.Level).ThenBy(r => r.Since).ThenBy(r => r.Id).ToList();
        var size = Paging.Size(q.PageSize);
        var page = Math.Max(1, q.Page);
        var items = shown.Skip((page - 1) * size).Take(size).ToList();
        var ids = items.Select(r => r.Id).ToList();
        var events = (await db.Set<WarningEvent>().AsNoTracking().Where(e => ids.Contains(e.SubjectId))
                .ToListAsync(ct))
            .OrderByDescending(e => e.RaisedOn).ThenByDescending(e => e.Level).ToLookup(e => e.SubjectId);
        var rows = items.Select(r => new Row(r.Id, r.Kind, r.Title, r.OwnerUnit, NodeOf(r.NodePath), r.NodePath,
            r.Level, r.Reason, r.Since, r.Link, events[r.Id].Select(e => new Event(e.Id, e.Level, e.RaisedOn,
                e.Reason, e.AcknowledgedUtc, e.AcknowledgedBy)).ToList())).ToList();
        return new Result(new Paged<Row>(rows, shown.Count, page, size), byNode,
            Count(null, Loc.T("合计", "Total"), all));
    }

    private async Task<List<Flat>> RowsAsync(Query q, string? town, CancellationToken ct)
    {
        var rows = new List<Flat>();
        if (q.Kind is null or "" or TaskKind)
        {
            var tasks = db.Set<WorkTask>().AsNoTracking();
            tasks = q.Item is { } id ? tasks.Where(x => x.Id == id) : tasks.Where(x => x.Warning != WarningLevel.None);
            if (town is not null) tasks = tasks.InSubtree(town);
            rows.AddRange((await tasks.Select(x => new
            {
                x.Id, x.Title, x.OwnerUnit, x.NodePath, x.Warning,
                x.WarningReason, x.WarningSince
            }).ToListAsync(ct))
                .Select(x => new Flat(x.Id, TaskKind, x.Title, x.OwnerUnit, x.NodePath, x.Warning, x.WarningReason,
                    x.WarningSince, $"/plans/tasks/{x.Id}")));
        }
        if (q.Kind is null or "" or ItemKind)
        {
            var items = db.Set<RectificationItem>().AsNoTracking();
            items = q.Item is { } id ? items.Where(x => x.Id == id) : items.Where(x => x.Warning != WarningLevel.None);
            if (town is not null) items = items.InSubtree(town);
            rows.AddRange((await items.Select(x => new
            {
                x.Id, x.Title, x.Owner, x.NodePath, x.Warning,
                x.WarningReason, x.WarningSince, x.VisitId
            }).ToListAsync(ct))
                .Select(x => new Flat(x.Id, ItemKind, x.Title, x.Owner, x.NodePath, x.Warning, x.WarningReason,
                    x.WarningSince, $"/liaison/visits/{x.VisitId}")));
        }
        return rows;
    }

    private static NodeCount Count(Guid? id, string name, IEnumerable<Flat> rows)
    {
        var levels = rows.Select(r => r.Level).ToList();
        return new NodeCount(id, name, levels.Count(l => l == WarningLevel.Blue),
            levels.Count(l => l == WarningLevel.Yellow), levels.Count(l => l == WarningLevel.Red),
            levels.Count(l => l == WarningLevel.Reported));
    }

    public static string KindName(string kind) => kind == TaskKind ? Loc.T("任务", "Task") : Loc.T("整改", "Item");
}
