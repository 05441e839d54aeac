using Tongxin.Web.Features.Export;

namespace Tongxin.Web.Features.Documents;

/// <summary>The document register to Excel (ORG-6, UI.md): the list's own query, filters and scope, audited.</summary>
public sealed class ExportDocuments(ListDocuments list, ListExport export) : IHandler
{
    public Task<ListExport.File> HandleAsync(ListDocuments.Query q, CancellationToken ct = default) =>
        export.HandleAsync("文件", nameof(Document),
            ListExport.Filter(("年度", q.Year), ("状态", q.Status is { } s ? DocumentStatuses.Name(s) : null),
                ("关键字", Check.Clean(q.Q))),
            ["文号", "标题", "发文机关", "发文日期", "状态", "发布节点"],
            p => list.HandleAsync(q with { Page = p, PageSize = 100 }, ct),
            r => [r.Number, r.Title, r.Issuer, r.IssuedOn.ToString("yyyy-MM-dd"), DocumentStatuses.Name(r.Status),
                r.NodeName], ct);
}
