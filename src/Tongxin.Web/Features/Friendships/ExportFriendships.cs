using Tongxin.Web.Features.Export;

namespace Tongxin.Web.Features.Friendships;

/// <summary>
/// The 联谊交友 list (PPL-4) to Excel: the list's own query, filters and scope, audited; the names, posts and
/// employers the list shows, no ID number or phone.
/// </summary>
public sealed class ExportFriendships(ListFriendships list, ListExport export) : IHandler
{
    public async Task<ListExport.File> HandleAsync(ListFriendships.Query q, CancellationToken ct = default) =>
        await export.HandleAsync("联谊交友", nameof(Friendship),
            ListExport.Filter(("姓名", Check.Clean(q.Q)),
                ("今年联系", q.Behind is { } b ? b ? "滞后" : "已完成" : null)),
            ["党员领导干部", "职务", "交友对象", "工作单位", "结对日期", "今年联系（次）", "状态", "最近联系"],
            p => list.HandleAsync(q with { Page = p, PageSize = 100 }, ct),
            f => [f.Leader, f.LeaderPost, f.Friend, f.FriendEmployer, Loc.Date(f.Since), f.ContactsThisYear,
                f.ContactsThisYear < ListFriendships.YearlyMinimum ? "滞后" : "已完成",
                string.Join("；", f.Recent.Select(c => $"{Loc.Date(c.Date)} {c.Form} {c.Topic}"))], ct);
}
