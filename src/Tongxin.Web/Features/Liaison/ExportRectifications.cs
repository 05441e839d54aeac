using Tongxin.Web.Features.Export;

namespace Tongxin.Web.Features.Liaison;

/// <summary>The 整改事项 ledger to Excel: the list's own query, filters and scope, audited.</summary>
public sealed class ExportRectifications(ListRectifications list, ListExport export, TongxinDb db) : IHandler
{
    public async Task<ListExport.File> HandleAsync(ListRectifications.Query q, CancellationToken ct = default)
    {
        var town = q.NodeId is { } n
            ? await db.Regions.Where(r => r.Id == n).Select(r => r.Name).FirstOrDefaultAsync(ct) : null;
        return await export.HandleAsync("整改事项", nameof(RectificationItem),
            ListExport.Filter(("阶段", q.Stage is { } s ? ListRectifications.StageName(s) : null), ("镇街", town),
                ("逾期", q.Overdue == true ? "仅逾期" : null)),
            ["镇街", "整改事项", "责任人", "完成时限", "阶段", "对账情况", "佐证材料", "审核人", "销账日期", "逾期"],
            p => list.HandleAsync(q with { Page = p, PageSize = 100 }, ct),
            i => [i.Town, i.Title, i.Owner, Loc.Date(i.DueOn), ListRectifications.StageName(i.Stage), i.Progress,
                i.FileCount, i.ReviewerName, i.ClosedOn is { } c ? Loc.Date(c) : null, i.Overdue ? "逾期" : ""], ct);
    }
}
