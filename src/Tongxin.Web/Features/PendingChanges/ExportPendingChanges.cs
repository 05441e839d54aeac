using Tongxin.Web.Features.Export;

namespace Tongxin.Web.Features.PendingChanges;

/// <summary>
/// The pending-change list to Excel (PPL-9, UI.md): the columns the list shows (name, node, who and when; no field
/// values, so no personal data beyond the list's), its status filter and scope, audited.
/// </summary>
public sealed class ExportPendingChanges(ListPendingChanges list, ListExport export) : IHandler
{
    public Task<ListExport.File> HandleAsync(ListPendingChanges.Query q, CancellationToken ct = default) =>
        export.HandleAsync("待审变更", nameof(PendingChange),
            ListExport.Filter(("状态", q.Status is { } s ? ListPendingChanges.StatusName(s) : null),
                ("提交人", q.Mine ? "本人" : null)),
            ["人员", "类型", "所属节点", "提交人", "提交时间", "状态", "审核人", "审核时间", "驳回理由"],
            p => list.HandleAsync(q with { Page = p, PageSize = 100 }, ct),
            r => [r.PersonName, r.IsNew ? "新增" : "修改", r.NodeName, r.ProposedBy, Loc.Time(r.ProposedUtc),
                ListPendingChanges.StatusName(r.Status), r.DecidedBy,
                r.DecidedUtc is { } d ? Loc.Time(d) : null, r.Reason], ct);
}
