using Tongxin.Data.Entities;

namespace Tongxin.Web.Features.Phone;

/// <summary>
/// The 提交成功 page confirms only a proposal that exists, is about this person, was sent by the reader and is in
/// their scope: a made-up or someone else's address is a 404, not a false "submitted".
/// </summary>
public sealed class FindMyProposal(TongxinDb db, CurrentUser user) : IHandler
{
    public Task<bool> HandleAsync(Guid personId, Guid? changeId, CancellationToken ct = default) =>
        changeId is not { } id || user.UserName is not { } me
            ? Task.FromResult(false)
            : db.PendingChanges.AsNoTracking()
                .AnyAsync(c => c.Id == id && c.PersonId == personId && c.ProposedBy == me, ct);
}
