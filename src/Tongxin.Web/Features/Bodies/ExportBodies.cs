using Tongxin.Web.Features.Export;

namespace Tongxin.Web.Features.Bodies;

/// <summary>The body list to Excel (ORG-1, UI.md): the list's own query, filters and scope, audited.</summary>
public sealed class ExportBodies(ListBodies list, ListExport export, TongxinDb db) : IHandler
{
    public async Task<ListExport.File> HandleAsync(ListBodies.Query q, CancellationToken ct = default)
    {
        var node = q.NodeId is { } n
            ? await db.Regions.Where(r => r.Id == n).Select(r => r.Name).FirstOrDefaultAsync(ct) : null;
        var filter = ListExport.Filter(("机构名称", Check.Clean(q.Q)),
            ("机构类型", q.Type is { } t ? BodyTypes.Name(t) : null), ("所属节点", node ?? q.NodeId?.ToString()));
        return await export.HandleAsync("机构与成员单位", nameof(Body), filter,
            ["机构名称", "类型", "所属节点", "上级机构", "成员", "成员单位"],
            p => list.HandleAsync(q with { Page = p, PageSize = 100 }, ct),
            r => [r.Name, BodyTypes.Name(r.Type), r.NodeName, r.ParentName, r.MemberCount, r.UnitCount], ct);
    }
}
