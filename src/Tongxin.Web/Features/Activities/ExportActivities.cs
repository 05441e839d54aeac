using Tongxin.Web.Features.Export;
using Tongxin.Web.Features.Dictionaries;

namespace Tongxin.Web.Features.Activities;

using Kinds = Tongxin.Data.Seed.Dictionaries;

/// <summary>The activity list to Excel (OBL-1, UI.md): the list's own query, filters and scope, audited.</summary>
public sealed class ExportActivities(ListActivities list, ListExport export, TongxinDb db, PeopleDictionary dictionary)
    : IHandler
{
    public async Task<ListExport.File> HandleAsync(ListActivities.Query q, CancellationToken ct = default)
    {
        var dict = await dictionary.HandleAsync(ct);
        var node = q.NodeId is { } n
            ? await db.Regions.Where(r => r.Id == n).Select(r => r.Name).FirstOrDefaultAsync(ct) : null;
        var body = q.BodyId is { } b
            ? await db.Bodies.Where(x => x.Id == b).Select(x => x.Name).FirstOrDefaultAsync(ct) : null;
        var filter = string.Join("，", new[]
        {
            q.Year is { } y ? $"年度：{y}" : null,
            Check.Clean(q.Type) is { } t ? $"类型：{dict.Name(Kinds.ActivityType, t) ?? t}" : null,
            q.BodyId is { } bid ? $"组织：{body ?? bid.ToString()}" : null,
            q.NodeId is { } nid ? $"所属节点：{node ?? nid.ToString()}" : null,
            Check.Clean(q.Q) is { } text ? $"关键字“{text}”" : null,
        }.Where(x => x is not null));
        return await export.HandleAsync("活动记录", nameof(Activity), filter,
            ["日期", "类型", "主题", "对象", "所属节点", "佐证材料", "附件数"],
            p => list.HandleAsync(q with { Page = p, PageSize = 100 }, ct),
            r => [r.Date.ToString("yyyy-MM-dd"), r.TypeName, r.Topic, r.Owner, r.NodeName,
                r.HasEvidence ? "有" : "无", r.Attachments], ct);
    }
}
