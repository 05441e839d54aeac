using Tongxin.Domain.Time;

namespace Tongxin.Web.Features.Liaison;

/// <summary>
/// The 整改事项 ledger (建账 → 对账 → 销账, LIA-4) in scope; overdue = due before today and not closed. The warning
/// ladder job sets <see cref="RectificationItem.Warning"/>; it is shown as it is.
/// </summary>
public sealed class ListRectifications(TongxinDb db, TimeProvider clock) : IHandler
{
    public sealed record Query(RectificationStage? Stage = null, Guid? NodeId = null, bool? Overdue = null,
        Guid? VisitId = null, int Page = 1, int PageSize = 20);
    public sealed record Row(Guid Id, Guid VisitId, Guid NodeId, string Town, string Title, string Owner,
        DateOnly DueOn, RectificationStage Stage, string? Progress, DateOnly? CheckedOn, int FileCount,
        string? ReviewerName, DateOnly? ClosedOn, bool Overdue, WarningLevel Warning, string? WarningReason);

    public static string StageName(RectificationStage s) => s switch
    {
        RectificationStage.Opened => Loc.T("已建账", "Opened"),
        RectificationStage.Checked => Loc.T("已对账", "Checked"),
        _ => Loc.T("已销账", "Closed"),
    };

    public async Task<Paged<Row>> HandleAsync(Query q, CancellationToken ct = default)
    {
        var today = ChinaTime.Today(clock);
        var items = db.Set<RectificationItem>().AsNoTracking();
        if (q.Stage is { } s) items = items.Where(i => i.Stage == s);
        if (q.NodeId is { } n) items = items.Where(i => i.NodeId == n);
        if (q.VisitId is { } v) items = items.Where(i => i.VisitId == v);
        if (q.Overdue == true)
            items = items.Where(i => i.DueOn < today && i.Stage != RectificationStage.Closed);
        var page = await items.OrderBy(i => i.Stage).ThenBy(i => i.DueOn).ThenBy(i => i.Id)
            .ToPagedAsync(q.Page, q.PageSize, ct);
        var towns = await ListVisits.TownNamesAsync(db, page.Items.Select(i => i.NodeId), ct);
        return new Paged<Row>(page.Items.Select(i => new Row(i.Id, i.VisitId, i.NodeId,
            towns.GetValueOrDefault(i.NodeId, "—"), i.Title, i.Owner, i.DueOn, i.Stage, i.Progress, i.CheckedOn,
            i.FileCount, i.ReviewerName, i.ClosedOn, i.DueOn < today && i.Stage != RectificationStage.Closed,
            i.Warning, i.WarningReason)).ToList(), page.Total, page.Page, page.PageSize);
    }
}
