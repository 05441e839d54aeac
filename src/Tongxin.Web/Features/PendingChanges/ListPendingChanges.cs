namespace Tongxin.Web.Features.PendingChanges;

/// <summary>待审变更 in scope (PPL-9): a town sees its own proposals, the district all of them.</summary>
public sealed class ListPendingChanges(TongxinDb db, CurrentUser user) : IHandler
{
    /// <param name="Mine">Only the changes the signed-in user proposed (the phone's "sent back to me").</param>
    public sealed record Query(PendingStatus? Status = null, int Page = 1, int PageSize = 20, bool Mine = false);
    public sealed record Row(
        Guid Id, Guid? PersonId, string PersonName, string NodeName, bool IsNew, PendingStatus Status,
        string ProposedBy, DateTime ProposedUtc, string? DecidedBy, DateTime? DecidedUtc, string? Reason);

    public async Task<Paged<Row>> HandleAsync(Query q, CancellationToken ct = default)
    {
        var changes = db.PendingChanges.AsNoTracking();
        if (q.Status is { } status) changes = changes.Where(c => c.Status == status);
        if (q.Mine) changes = changes.Where(c => c.ProposedBy == (user.UserName ?? ""));
        var page = await changes.OrderByDescending(c => c.ProposedUtc).ThenBy(c => c.Id)
            .ToPagedAsync(q.Page, q.PageSize, ct);
        var nodeIds = page.Items.Select(c => c.NodeId).Distinct().ToList();
        var nodes = await db.Regions.Where(r => nodeIds.Contains(r.Id)).ToDictionaryAsync(r => r.Id, r => r.Name, ct);
        return new Paged<Row>(
            page.Items.Select(c => new Row(c.Id, c.PersonId, c.PersonName, nodes.GetValueOrDefault(c.NodeId) ?? "",
                    c.PersonId is null, c.Status, c.ProposedBy, c.ProposedUtc, c.DecidedBy, c.DecidedUtc, c.Reason))
                .ToList(),
            page.Total, page.Page, page.PageSize);
    }

    public static string StatusName(PendingStatus s) => s switch
    {
        PendingStatus.Approved => Loc.T("已批准", "Approved"),
        PendingStatus.Rejected => Loc.T("已驳回", "Rejected"),
        _ => Loc.T("待审核", "Pending review")
    };
}
