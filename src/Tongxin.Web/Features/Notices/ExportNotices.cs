using Tongxin.Data.Entities;
using Tongxin.Web.Features.Export;

namespace Tongxin.Web.Features.Notices;

/// <summary>The signed-in user's own 通知 to Excel (all, or the unread ones), audited; never another's inbox.</summary>
public sealed class ExportNotices(ListNotices list, ListExport export) : IHandler
{
    public async Task<ListExport.File> HandleAsync(ListNotices.Query q, CancellationToken ct = default) =>
        await export.HandleAsync("通知", nameof(Notice), ListExport.Filter(("状态", q.UnreadOnly ? "未读" : null)),
            ["标题", "内容", "时间", "状态", "已读时间"],
            async p => (await list.HandleAsync(q with { Page = p, PageSize = 100 }, ct)).Page,
            n => [n.Title, n.Body, Loc.Time(n.CreatedUtc), n.AcknowledgedUtc is null ? "未读" : "已读",
                n.AcknowledgedUtc is { } at ? Loc.Time(at) : ""], ct);
}
