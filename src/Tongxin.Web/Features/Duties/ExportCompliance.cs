using Tongxin.Data.Audit;
using Tongxin.Domain.Duties;
using Tongxin.Web.Features.Export;

namespace Tongxin.Web.Features.Duties;

/// <summary>
/// The compliance view to Excel (OBL-3), same filter and scope as the page; audited like every export.
/// </summary>
public sealed class ExportCompliance(GetCompliance compliance, TongxinDb db, TimeProvider clock) : IHandler
{
    public async Task<(string Name, byte[] Content)> HandleAsync(GetCompliance.Query q, CancellationToken ct = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var year = q.Year ?? now.Year;
        var rows = await compliance.AllAsync(year, q.NodeId, q.RuleId, DateOnly.FromDateTime(now), ct);
        if (q.Status is { } s) rows = rows.Where(r => r.Status == s).ToList();
        var filter = $"{year} 年" + (q.Status is { } st ? $"，状态 {GetCompliance.StatusName(st)}" : "");
        var content = ExcelSheet.Build("制度落实情况", filter, db.CurrentUser.UserName ?? "", now,
            ["任务编号", "制度任务", "责任主体", "完成 / 要求", "状态", "说明"],
            rows.Select(r => (IReadOnlyList<object?>)[r.Code, r.Title, r.Subject, $"{r.Done} / {r.Required}",
                GetCompliance.StatusName(r.Status), GetCompliance.Explain(r)]));
        db.AddAuditEvent(AuditEvents.Export, "DutyCompliance", null, db.CurrentUser.ScopePath,
            details: new { rows = rows.Count, filter });
        await db.SaveChangesAsync(ct);
        return (ListExport.FileName($"制度落实情况_{year}", now), content);
    }
}
