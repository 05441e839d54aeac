using Tongxin.Web.Features.Export;

namespace Tongxin.Web.Features.Liaison;

/// <summary>The 调研督查 list to Excel: the list's own query, filters and scope, audited.</summary>
public sealed class ExportVisits(ListVisits list, ListExport export, TongxinDb db) : IHandler
{
    public async Task<ListExport.File> HandleAsync(ListVisits.Query q, CancellationToken ct = default)
    {
        var town = q.NodeId is { } n
            ? await db.Regions.Where(r => r.Id == n).Select(r => r.Name).FirstOrDefaultAsync(ct) : null;
        return await export.HandleAsync("调研督查", nameof(Visit),
            ListExport.Filter(("年度", q.Year), ("类型", Check.Clean(q.Kind)), ("镇街", town),
                ("关键字", Check.Clean(q.Q))),
            ["日期", "类型", "镇街", "参加人员", "发现问题", "交叉检查", "整改事项", "未销账"],
            p => list.HandleAsync(q with { Page = p, PageSize = 100 }, ct),
            v => [Loc.Date(v.Date), v.Kind, v.Town, v.Visitors, v.Findings, v.CrossCheck ? "是" : "否", v.Items,
                v.Open], ct);
    }
}
