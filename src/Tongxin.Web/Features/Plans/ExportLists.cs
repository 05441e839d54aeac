using Tongxin.Web.Features.Export;

namespace Tongxin.Web.Features.Plans;

/// <summary>The 三张清单 of a plan and year as one workbook (PLN-2): 职责定位, 任务指标 and 考核评价 as three sheets.
/// </summary>
public sealed class ExportLists(GetLists lists, ListExport export) : IHandler
{
    public static readonly string[] DutyHeaders = ["责任单位", "职责定位", "任务", "牵头人"];
    public static readonly string[] MetricHeaders =
        ["任务", "责任单位", "指标", "单位", "目标值", "完成值", "完成时限", "预警"];
    public static readonly string[] EvaluationHeaders = ["任务", "责任单位", "考核评价"];

    public async Task<ListExport.File> HandleAsync(Guid planId, int? year, CancellationToken ct = default)
    {
        var v = await lists.HandleAsync(planId, year, ct);
        var filter = ListExport.Filter(("规划", v.Plan), ("年度", v.Year));
        List<IReadOnlyList<object?>> duties = [.. v.Duties.SelectMany(d => d.Duties.Select(x =>
            (IReadOnlyList<object?>)[d.OwnerUnit, x.Duty, x.Task, x.Lead]))];
        List<IReadOnlyList<object?>> metrics = [.. v.Metrics.Select(m => (IReadOnlyList<object?>)
            [m.Task, m.OwnerUnit, m.Metric, m.MetricUnit, m.Target, m.Done, Loc.Date(m.EndsOn), m.WarningName])];
        List<IReadOnlyList<object?>> evaluations = [.. v.Evaluations.Select(e => (IReadOnlyList<object?>)
            [e.Task, e.OwnerUnit, e.Evaluation])];
        return await export.HandleAsync($"三张清单_{v.Year}", nameof(WorkTask), filter,
        [
            new ExcelSheet.Sheet("职责定位", $"{v.Plan} {v.Year} 年 职责定位清单", filter, DutyHeaders, duties),
            new ExcelSheet.Sheet("任务指标", $"{v.Plan} {v.Year} 年 任务指标清单", filter, MetricHeaders, metrics),
            new ExcelSheet.Sheet("考核评价", $"{v.Plan} {v.Year} 年 考核评价清单", filter, EvaluationHeaders,
                evaluations),
        ], ct);
    }
}
