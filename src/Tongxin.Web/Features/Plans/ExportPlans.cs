using Tongxin.Web.Features.Export;

namespace Tongxin.Web.Features.Plans;

/// <summary>The plans list (PLN-1) to Excel: the list's own query, filter and scope, audited.</summary>
public sealed class ExportPlans(ListPlans list, ListExport export) : IHandler
{
    public async Task<ListExport.File> HandleAsync(ListPlans.Query q, CancellationToken ct = default) =>
        await export.HandleAsync("规划", nameof(Plan), ListExport.Filter(("名称", Check.Clean(q.Q))),
            ["规划名称", "起始年份", "截止年份", "文号", "目标（个）", "任务（项）"],
            p => list.HandleAsync(q with { Page = p, PageSize = 100 }, ct),
            r => [r.Title, r.StartYear, r.EndYear, r.DocumentNo, r.Goals, r.Tasks], ct);
}
