using Tongxin.Web.Features.Export;

namespace Tongxin.Web.Features.Plans;

/// <summary>The 分线作战 list (PLN-4) to Excel: the list's own query, filters and scope, audited.</summary>
public sealed class ExportWorkLines(ListWorkLines list, ListExport export) : IHandler
{
    public async Task<ListExport.File> HandleAsync(ListWorkLines.Query q, CancellationToken ct = default) =>
        await export.HandleAsync("分线作战", nameof(WorkLine),
            ListExport.Filter(("年度", q.Year), ("名称或领导", Check.Clean(q.Q))),
            ["年度", "分线", "分管领导", "责任单位", "文号", "任务"],
            p => list.HandleAsync(q with { Page = p, PageSize = 100 }, ct),
            r => [r.Year, r.Name, r.Leader, r.Units, r.DocumentNo,
                string.Join("；", r.Tasks.Select(t => $"{t.Title}（{t.Done}/{t.Target}，{t.WarningName}）"))], ct);
}
