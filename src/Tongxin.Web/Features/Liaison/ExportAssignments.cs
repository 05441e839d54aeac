using Tongxin.Web.Features.Export;

namespace Tongxin.Web.Features.Liaison;

/// <summary>联系安排 of a year to Excel: the list's own rows and scope, audited; unassigned towns say so.</summary>
public sealed class ExportAssignments(ListAssignments list, ListExport export, TimeProvider clock) : IHandler
{
    public async Task<ListExport.File> HandleAsync(ListAssignments.Query q, CancellationToken ct = default)
    {
        q = q with { Year = q.Year ?? Domain.Time.ChinaTime.Today(clock).Year };
        return await export.HandleAsync("联系安排", nameof(LiaisonAssignment),
            ListExport.Filter(("年度", q.Year), ("范围", q.Mine == true ? "我联系的镇街" : null)),
            ["年度", "镇街", "联系干部", "职务", "用户名"],
            ListExport.Whole(() => list.HandleAsync(q, ct)),
            r => [r.Year, r.Town, r.CadreName ?? "未安排联系干部", r.CadrePost, r.CadreUserName], ct);
    }
}
