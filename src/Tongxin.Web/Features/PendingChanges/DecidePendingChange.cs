using Tongxin.Data.Scope;
using Tongxin.Web.Features.People;

namespace Tongxin.Web.Features.PendingChanges;

/// <summary>
/// Approve or reject a pending change (PPL-9). Approval applies the proposal through <see cref="SavePerson"/>
/// against the version it was made on, in the same transaction as the status change: if the person was edited in
/// between, the approver gets a conflict and nothing changes (SEC-25). A proposer cannot approve their own change.
/// </summary>
public sealed class DecidePendingChange(
    TongxinDb db, SavePerson save, GetPendingChange reader, ICurrentUser user, TimeProvider clock) : IHandler
{
    public sealed record Request(bool Approve, string? Reason);

    public async Task<Guid?> HandleAsync(Guid id, Request r, CancellationToken ct = default)
    {
        var c = await db.PendingChanges.SingleOrDefaultAsync(x => x.Id == id, ct)
            ?? throw new NotFoundException(Loc.T("待审变更", "Pending change"));
        if (c.Status != PendingStatus.Pending)
            throw new ConflictException(Loc.T("该变更已审核，不能重复处理",
                "This change has already been decided"));
        if (c.ProposedBy == user.UserName)
            throw new ConflictException(Loc.T("不能审核自己提交的变更，请由其他人员审核",
                "You cannot review your own change; someone else must review it"));
        new Check().That(r.Approve || !string.IsNullOrWhiteSpace(r.Reason), nameof(r.Reason),
                Loc.T("驳回时请填写理由", "Enter a reason when rejecting"))
            .Optional(nameof(r.Reason), Loc.T("理由", "Reason"), r.Reason, 500)
            .ThrowIfAny();
        var person = c.PersonId is { } pid ? await db.People.SingleOrDefaultAsync(x => x.Id == pid, ct) : null;
        c.BeforeCipher = reader.Snapshot(person);
        (c.Status, c.DecidedBy, c.DecidedUtc, c.Reason) = (
            r.Approve ? PendingStatus.Approved : PendingStatus.Rejected, user.UserName,
            Microseconds(clock.GetUtcNow().UtcDateTime), Check.Clean(r.Reason));
        if (!r.Approve)
        {
            await db.SaveChangesAsync(ct);
            return c.PersonId;
        }
        var proposal = reader.Payload(c) with { Version = c.BaseVersion };
        await using var tx = await db.BeginWriteAsync(ct);
        var personId = await save.ApplyAsync(c, proposal, ct); // saves the person and the status together
        if (c.PersonId is null)
        {
            c.PersonId = personId;
            await db.SaveChangesAsync(ct);
        }
        await tx.CommitAsync(ct);
        return personId;
    }

    // Whole microseconds like the audit rows' times (PostgreSQL keeps no more), so the person's history can find
    // the audit row this approval wrote: the approver's first one at or after the decision.
    private static DateTime Microseconds(DateTime t) => new(t.Ticks - t.Ticks % 10, DateTimeKind.Utc);
}
