namespace Tongxin.Web.Features.Plans;

/// <summary>
/// 签收 (PLN-6): the owner acknowledges a level the ladder raised — a user in scope who may update the task
/// (PlanUpdate) or the rectification item (LiaisonWrite). The event keeps who and when (the first time: twice keeps
/// the first); the user's notices of that event are marked read. An event outside the user's scope is a 404.
/// </summary>
public sealed class AcknowledgeWarning(TongxinDb db, CurrentUser user, TimeProvider clock) : IHandler
{
    public sealed record Result(Guid Id, DateTime AcknowledgedUtc, string AcknowledgedBy);

    public async Task<Result> HandleAsync(Guid id, CancellationToken ct = default)
    {
        var e = await db.Set<WarningEvent>().SingleOrDefaultAsync(x => x.Id == id, ct)
            ?? throw new NotFoundException(Loc.T("预警", "Warning"));
        user.Require(RaiseWarnings.OwnerPermission(e.SubjectType));
        // Whole microseconds, as PostgreSQL keeps them: the first answer equals what is read back later.
        var now = clock.GetUtcNow().UtcDateTime;
        now = now.AddTicks(-(now.Ticks % 10));
        if (e.AcknowledgedUtc is null)
            (e.AcknowledgedUtc, e.AcknowledgedBy) = (now, user.Principal.DisplayName() is { Length: > 0 } name
                ? Cut(name, 50) : user.UserName);
        var key = RaiseWarnings.DedupKey(e);
        var mine = await db.Set<Notice>().Where(n => n.RecipientId == user.UserId && n.Source == RaiseWarnings.Name
            && n.DedupKey == key && n.AcknowledgedUtc == null).ToListAsync(ct);
        foreach (var n in mine) n.AcknowledgedUtc = now;
        await db.SaveChangesAsync(ct);
        return new Result(e.Id, e.AcknowledgedUtc!.Value, e.AcknowledgedBy ?? "");
    }

    private static string Cut(string s, int max) => s.Length <= max ? s : s[..max];
}
