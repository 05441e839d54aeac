using Tongxin.Data.Entities;
using Tongxin.Domain.Assessment;
using Tongxin.Web.Features.Export;

namespace Tongxin.Web.Features.Assessment;

/// <summary>The 考核方案 list to Excel: every scheme in scope, as the list shows it, audited.</summary>
public sealed class ExportSchemes(ListSchemes list, ListExport export) : IHandler
{
    public async Task<ListExport.File> HandleAsync(CancellationToken ct = default) =>
        await export.HandleAsync("考核方案", nameof(AssessmentScheme), ListExport.Filter(),
            ["年度", "方案", "依据", "状态", "总分", "评分项", "考核单位"],
            ListExport.Whole(() => list.HandleAsync(ct)),
            s => [s.Year, s.Title, s.DocumentNumber ?? "", s.Status == SchemeStatus.Published ? "已发布" : "草稿",
                s.Points / 10m, s.Items, s.Assessed], ct);
}
