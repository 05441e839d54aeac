using Tongxin.Data.Audit;
using Tongxin.Web.Features.Export;

namespace Tongxin.Web.Features.Audit;

/// <summary>
/// The audit log to Excel (SEC-13, UI.md) for the audit administrator only: the list's own filters, the details with
/// their Chinese labels as the page shows them; the export is itself an audited event.
/// </summary>
public sealed class ExportAudit(ListAudit list, ListExport export) : IHandler
{
    public Task<ListExport.File> HandleAsync(ListAudit.Query q, CancellationToken ct = default) =>
        export.HandleAsync("审计日志", "AuditEntry",
            ListExport.Filter(("事件", Check.Clean(q.Event) is { } e ? AuditText.EventName(e) : null),
                ("用户", Check.Clean(q.User)), ("对象", Check.Clean(q.ObjectType)),
                ("对象编号", Check.Clean(q.ObjectId)),
                ("结果", q.Success is { } ok ? ok ? "成功" : "失败" : null),
                ("起始日期", q.From?.ToString("yyyy-MM-dd")), ("截止日期", q.To?.ToString("yyyy-MM-dd"))),
            ["序号", "时间", "用户", "IP", "事件", "对象", "对象编号", "结果", "详情（变更前后）"],
            p => list.HandleAsync(q with { Page = p, PageSize = 100 }, ct),
            r => [r.Seq, Loc.Time(r.TimeUtc), AuditText.Actor(r.UserName), r.Ip, AuditText.EventName(r.Event),
                r.ObjectType, r.ObjectId, r.Success ? "成功" : "失败", AuditText.LabelDetails(r.Details)], ct);
}
