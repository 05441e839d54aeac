using Tongxin.Web.Features.Export;

namespace Tongxin.Web.Features.Posts;

/// <summary>The post list (编制, ORG-2) to Excel: the list's own query, filters and scope, audited.</summary>
public sealed class ExportPosts(ListPosts list, ListExport export) : IHandler
{
    public async Task<ListExport.File> HandleAsync(ListPosts.Query q, CancellationToken ct = default) =>
        await export.HandleAsync("编制", nameof(Post),
            ListExport.Filter(("单位或编制类型", Check.Clean(q.Q)), ("只看有空缺", q.VacantOnly == true ? "是" : null)),
            ["单位", "所属节点", "编制类型", "核定编制", "在岗", "空缺"],
            p => list.HandleAsync(q with { Page = p, PageSize = 100 }, ct),
            r => [r.BodyName, r.NodeName, r.Kind, r.Authorized, r.InPost, r.Vacant], ct);
}
