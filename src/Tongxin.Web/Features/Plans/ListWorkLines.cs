namespace Tongxin.Web.Features.Plans;

/// <summary>The 分线作战 lines of a year (PLN-4) with leader, units, document number and the tasks the reader
/// sees.</summary>
public sealed class ListWorkLines(TongxinDb db) : IHandler
{
    public sealed record Query(int? Year = null, string? Q = null, int Page = 1, int PageSize = 20);
    public sealed record Row(Guid Id, int Year, string Name, string Leader, string Units, string? DocumentNo,
        int SortOrder, long Version, bool Writable, IReadOnlyList<GetPlan.TaskRow> Tasks);

    public async Task<Paged<Row>> HandleAsync(Query q, CancellationToken ct = default)
    {
        var lines = db.Set<WorkLine>().AsNoTracking();
        if (q.Year is { } y) lines = lines.Where(l => l.Year == y);
        if (Check.Clean(q.Q) is { } text) lines = lines.Where(l => l.Name.Contains(text) || l.Leader.Contains(text));
        var page = await lines.OrderByDescending(l => l.Year).ThenBy(l => l.SortOrder).ThenBy(l => l.Name)
            .ThenBy(l => l.Id).ToPagedAsync(q.Page, q.PageSize, ct);
        var ids = page.Items.Select(l => (Guid?)l.Id).ToList();
        var tasks = (await db.Set<WorkTask>().AsNoTracking().Where(t => ids.Contains(t.WorkLineId)).ToListAsync(ct))
            .OrderBy(t => t.SortOrder).ThenBy(t => t.Title).ToLookup(t => t.WorkLineId);
        return new Paged<Row>(page.Items.Select(l => new Row(l.Id, l.Year, l.Name, l.Leader, l.Units, l.DocumentNo,
            l.SortOrder, l.Version, db.InScope(l.NodePath), tasks[l.Id].Select(GetPlan.Task).ToList())).ToList(),
            page.Total, page.Page, page.PageSize);
    }
}
