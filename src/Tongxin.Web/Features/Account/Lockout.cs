using Microsoft.AspNetCore.Identity;

namespace Tongxin.Web.Features.Account;

/// <summary>
/// The failed-attempt count and lockout of SEC-2, in place of Identity's AccessFailedAsync and
/// ResetAccessFailedCountAsync: those write the user as the request read it, under its concurrency stamp, so of wrong
/// passwords for one account arriving together all but one failed with a concurrency error (409), uncounted and
/// unaudited, and the account could end unlocked. Here each change is decided on the row as it is now, inside the
/// audit writer's lock, and saved with the audit rows in one transaction; the stamp moves on as with Identity's own
/// updates, so an edit of the user made from an older copy still fails instead of undoing a lockout.
/// </summary>
public sealed class Lockout(TongxinDb db, UserManager<AppUser> users, TimeProvider clock) : IHandler
{
    /// <summary>Another instance can still change the row between the read and the write (PostgreSQL).</summary>
    private const int Tries = 5;

    public enum Counted { Failure, LockedNow, WasLocked }

    /// <summary>
    /// Counts a wrong password or code (not when the account is locked already: its lock is not extended) and saves
    /// what <paramref name="audit"/> adds to the audit log in the same transaction.
    /// </summary>
    public async Task<Counted> FailedAsync(string userId, Action<AppUser, Counted> audit)
    {
        await using var write = await db.BeginWriteAsync();
        var counted = await ChangeAsync(userId, user =>
        {
            var lockout = users.Options.Lockout;
            var outcome = IsLocked(user) ? Counted.WasLocked
                : user.AccessFailedCount + 1 >= lockout.MaxFailedAccessAttempts ? Counted.LockedNow : Counted.Failure;
            if (outcome == Counted.LockedNow)
            {
                user.LockoutEnd = clock.GetUtcNow() + lockout.DefaultLockoutTimeSpan;
                user.AccessFailedCount = 0;
            }
            else if (outcome == Counted.Failure) user.AccessFailedCount++;
            audit(user, outcome);
            return outcome;
        });
        await write.CommitAsync();
        return counted;
    }

    /// <summary>
    /// Within the caller's write scope: clears the count after a full sign-in, or answers false when a failure that
    /// raced this attempt has locked the account meanwhile (then the right password fails like any other).
    /// </summary>
    public Task<bool> SucceededAsync(string userId) => ChangeAsync(userId, user =>
    {
        if (IsLocked(user)) return false;
        if (user.AccessFailedCount != 0) user.AccessFailedCount = 0;
        return true;
    });

    private bool IsLocked(AppUser user) =>
        user.LockoutEnabled && user.LockoutEnd is { } end && end > clock.GetUtcNow();

    private async Task<T> ChangeAsync<T>(string userId, Func<AppUser, T> change)
    {
        for (var attempt = 1; ; attempt++)
        {
            // Drops what an Identity call of this request failed to save (its user copy lost a race): it must not
            // ride along with this save.
            db.ChangeTracker.Clear();
            var user = await db.Users.SingleAsync(u => u.Id == userId);
            var result = change(user);
            if (db.Entry(user).State == EntityState.Modified) user.ConcurrencyStamp = Guid.NewGuid().ToString();
            try
            {
                await db.SaveChangesAsync();
                return result;
            }
            catch (DbUpdateConcurrencyException) when (attempt < Tries)
            {
            }
        }
    }
}
