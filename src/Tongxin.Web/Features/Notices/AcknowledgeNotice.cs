namespace Tongxin.Web.Features.Notices;

/// <summary>
/// Marks one of the user's notices, or all of them, as read (已读). Another user's notice is a 404, as if it did not
/// exist. Acknowledging twice keeps the first time.
/// </summary>
public sealed class AcknowledgeNotice(TongxinDb db, CurrentUser user, TimeProvider clock) : IHandler
{
    public async Task HandleAsync(Guid id, CancellationToken ct = default)
    {
        var notice = await ListNotices.Mine(db, user).SingleOrDefaultAsync(n => n.Id == id, ct)
            ?? throw new NotFoundException(Loc.T("通知", "Notice"));
        if (notice.AcknowledgedUtc is not null) return;
        notice.AcknowledgedUtc = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
    }

    public async Task<int> AllAsync(CancellationToken ct = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        return await db.UpdateAuditedAsync(ListNotices.Mine(db, user).Where(n => n.AcknowledgedUtc == null),
            set => set.SetProperty(n => n.AcknowledgedUtc, now), ct);
    }
}
