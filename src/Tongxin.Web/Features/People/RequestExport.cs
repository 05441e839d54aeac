using System.Text.Json;

namespace Tongxin.Web.Features.People;

/// <summary>
/// SEC-12: ask a second person to approve an export of more than <see cref="ExportPeople.ApprovalLimit"/> people with
/// sensitive fields, counting what this user exported without approval in the last 24 hours
/// (<see cref="ExportAllowance"/>).
/// </summary>
public sealed class RequestExport(
    TongxinDb db, ListPeople list, CurrentUser user, TimeProvider clock, ExportAllowance allowance,
    Dictionaries.PeopleDictionary dictionary) : IHandler
{
    public sealed record Request(ListPeople.Query? Query, string? Purpose);

    public async Task<Guid> HandleAsync(Request r, CancellationToken ct = default)
    {
        // Only an export of sensitive fields needs approval; the count below filters by them.
        user.Require(Permissions.PeopleSensitive);
        var q = (r.Query ?? new ListPeople.Query()) with { Page = 1, PageSize = 10 };
        new Check().Required(nameof(r.Purpose), Loc.T("导出用途", "Export purpose"), r.Purpose, 200)
            .That(!ListPeople.IsIdentifier(q.Q), "Query", Loc.T("导出条件不能是身份证号或电话",
            "The export filter cannot be an ID number or phone number")).ThrowIfAny();
        var total = (await list.HandleAsync(q, ct)).Total;
        var recent = total <= ExportPeople.ApprovalLimit ? await allowance.RecentSensitiveRowsAsync(ct) : 0;
        if (!ExportAllowance.NeedsApproval(recent, total))
            throw new ConflictException(recent == 0
                ? Loc.T($"共 {total} 人，未超过 {ExportPeople.ApprovalLimit} 人，无需审批，可直接导出",
                    $"{total} people, not more than {ExportPeople.ApprovalLimit}: no approval needed, export directly")
                : Loc.T($"共 {total} 人，加上您 24 小时内已导出的 {recent} 人仍未超过 {ExportPeople.ApprovalLimit} 人，"
                    + "无需审批，可直接导出",
                    $"{total} people, with the {recent} you exported in the last 24 hours still not more than "
                    + $"{ExportPeople.ApprovalLimit}: no approval needed, export directly"));
        if (total > ExportPeople.MaxRows)
            throw new ConflictException(Loc.T(
                $"一次最多导出 {ExportPeople.MaxRows:N0} 人，当前 {total:N0} 人，请缩小筛选范围",
                $"At most {ExportPeople.MaxRows:N0} people per export, {total:N0} selected; narrow the filter"));
        var home = await db.Regions.SingleAsync(x => x.NodePath == db.CurrentUser.ScopePath, ct);
        // The approver reads the filter as the file will: dictionary names (类别：宗教界人士), not codes (C01).
        var nodeName = q.NodeId is { } node
            ? await db.Regions.Where(x => x.Id == node).Select(x => x.Name).FirstOrDefaultAsync(ct) : null;
        var filter = ExportPeople.Describe(q, await dictionary.HandleAsync(ct), nodeName);
        var request = db.ExportRequests.Add(new ExportRequest
        {
            RequestedBy = db.CurrentUser.UserName ?? "?", RequestedUtc = clock.GetUtcNow().UtcDateTime,
            QueryJson = JsonSerializer.Serialize(q),
            FilterText = filter is { Length: > 0 } ? filter : "全部人员", Rows = total,
            Purpose = r.Purpose!.Trim(),
            NodeId = home.Id, NodePath = home.NodePath,
        }).Entity;
        await db.SaveChangesAsync(ct);
        return request.Id;
    }
}
