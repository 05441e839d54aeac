namespace Tongxin.Web.Features.Phone;

/// <summary>
/// A phone form's write, at most once per idempotency key (ARCHITECTURE.md, "Phone pages"): the key is recorded in
/// the write's own transaction, so a resubmit — WeChat's back button and 保存 again, a double tap — writes nothing
/// and answers with the first result's address. A refused write records nothing; the same form may be sent again.
/// </summary>
public sealed class IdempotentWrite(TongxinDb db, CurrentUser user, TimeProvider clock) : IHandler
{
    /// <summary>Runs <paramref name="write"/> (handlers on this same scope's context), unless the key was used;
    /// returns the address to redirect to.</summary>
    public async Task<string> HandleAsync(Guid key, Func<Task<string>> write, CancellationToken ct = default)
    {
        var userId = Guid.TryParse(user.UserId, out var uid) ? uid : throw new ForbiddenException();
        if (key == Guid.Empty) throw new InvalidInputException("Key", Loc.T("表单已失效，请重新打开后再提交",
            "The form has expired; open it again and resubmit"));
        try
        {
            await using var tx = await db.BeginWriteAsync(ct);
            if (await FirstAsync(key, userId, ct) is { } first) return first;
            var url = await write();
            db.Set<IdempotencyKey>().Add(new IdempotencyKey
            {
                Key = key, UserId = userId, CreatedUtc = clock.GetUtcNow().UtcDateTime, ResultUrl = url,
            });
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
            return url;
        }
        catch (DbUpdateException)
        {
            // The same form sent at the same moment to another instance won the race: answer with its result.
            db.ChangeTracker.Clear();
            if (await FirstAsync(key, userId, ct) is { } first) return first;
            throw;
        }
    }

    private async Task<string?> FirstAsync(Guid key, Guid userId, CancellationToken ct)
    {
        var used = await db.Set<IdempotencyKey>().AsNoTracking().SingleOrDefaultAsync(k => k.Key == key, ct);
        if (used is not null && used.UserId != userId) throw new ConflictException(Loc.T(
            "表单已失效，请重新打开后再提交", "The form has expired; open it again and resubmit"));
        return used?.ResultUrl;
    }
}
