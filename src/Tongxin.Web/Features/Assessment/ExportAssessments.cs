using Tongxin.Data.Entities;
using Tongxin.Domain.Assessment;
using Tongxin.Web.Features.Export;

namespace Tongxin.Web.Features.Assessment;

/// <summary>
/// The 评分 list of one year to Excel: the sheets the viewer may see (an assigned-only reviewer sees no other
/// reviewer's totals, as on the page), with stage and totals (numbers, so Excel can sum them), audited.
/// </summary>
public sealed class ExportAssessments(ListAssessments list, ListExport export) : IHandler
{
    public async Task<ListExport.File> HandleAsync(int year, CancellationToken ct = default) =>
        await export.HandleAsync("评分", nameof(TownAssessment), ListExport.Filter(("年度", year)),
            ["单位", "方案", "阶段", "自评", "评审人", "得分", "得分状态"],
            ListExport.Whole(() => list.HandleAsync(year, ct)),
            r => [r.Node, r.Scheme, AssessmentAccess.StageName(r.Stage), r.SelfTotal / 10m,
                string.Join("、", r.Reviewers.Select((n, k) =>
                    r.ReviewerTotals.Count > k ? $"{n} {Points.Format(r.ReviewerTotals[k])}" : n)),
                r.Total / 10m, r.Frozen ? "最终" : "当前"], ct);
}
