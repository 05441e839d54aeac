using Tongxin.Web.Features.Export;

namespace Tongxin.Web.Features.Duties;

/// <summary>The duty rule list to Excel (OBL-1, UI.md): the rules the page shows, audited.</summary>
public sealed class ExportDutyRules(ListDutyRules list, ListExport export) : IHandler
{
    public async Task<ListExport.File> HandleAsync(CancellationToken ct = default) =>
        await export.HandleAsync("制度任务", nameof(DutyRule), ListExport.Filter(),
            ["编号", "任务内容", "责任主体", "计入活动", "每月截止日", "须佐证", "每年至少", "依据", "启用"],
            ListExport.Whole(() => list.HandleAsync(ct)),
            r => [r.Code, r.Title, r.Subjects, r.Types, r.DayOfMonth, r.EvidenceRequired ? "是" : "否", r.Minimum,
                r.Source, r.Active ? "是" : "否"], ct);
}
