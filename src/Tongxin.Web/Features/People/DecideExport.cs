namespace Tongxin.Web.Features.People;

/// <summary>SEC-12: the second person approves or rejects an export request; never the requester.</summary>
public sealed class DecideExport(TongxinDb db, TimeProvider clock) : IHandler
{
    public async Task HandleAsync(Guid id, bool approve, CancellationToken ct = default)
    {
        var r = await db.ExportRequests.SingleOrDefaultAsync(x => x.Id == id, ct)
            ?? throw new NotFoundException(Loc.T("导出申请", "Export request"));
        if (r.Status != ExportRequestStatus.Pending)
            throw new ConflictException(Loc.T("该申请已处理", "This request has already been decided"));
        if (r.RequestedBy == db.CurrentUser.UserName)
            throw new ConflictException(Loc.T("不能审批自己提交的导出申请，须由第二人审批",
                "You cannot approve your own export request; a second person must approve it"));
        (r.Status, r.DecidedBy, r.DecidedUtc) = (
            approve ? ExportRequestStatus.Approved : ExportRequestStatus.Rejected, db.CurrentUser.UserName,
            clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(ct);
    }
}
