using Microsoft.AspNetCore.Identity;
using Tongxin.Domain.Accounts;

namespace Tongxin.Web.Security;

/// <summary>
/// Identity's authenticator provider, except that a code is never accepted twice (SEC-4): the last accepted time
/// step is kept per user as a user token, and only a later step moves it on, in one conditional update, so two
/// requests racing with the same code cannot both win.
/// </summary>
public sealed class OneTimeAuthenticator(TongxinDb db, TimeProvider clock) : IUserTwoFactorTokenProvider<AppUser>
{
    public const string LoginProvider = "Tongxin";
    public const string LastStepName = "TotpLastStep";

    public async Task<bool> CanGenerateTwoFactorTokenAsync(UserManager<AppUser> manager, AppUser user) =>
        !string.IsNullOrWhiteSpace(await manager.GetAuthenticatorKeyAsync(user));

    /// <summary>The authenticator app makes the codes; the server never sends one.</summary>
    public Task<string> GenerateAsync(string purpose, UserManager<AppUser> manager, AppUser user) =>
        Task.FromResult("");

    public async Task<bool> ValidateAsync(string purpose, string token, UserManager<AppUser> manager, AppUser user)
    {
        var key = await manager.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrWhiteSpace(key)) return false;
        return Totp.Match(Totp.FromBase32(key), token, clock.GetUtcNow()) is { } step
            && await UseStepAsync(user.Id, step);
    }

    private async Task<bool> UseStepAsync(string userId, long step)
    {
        // Fixed width, so the text comparison in SQL orders the steps as numbers.
        var value = step.ToString("D20", System.Globalization.CultureInfo.InvariantCulture);
        var mine = db.UserTokens.Where(t => t.UserId == userId && t.LoginProvider == LoginProvider
            && t.Name == LastStepName);
        if (await mine.Where(t => string.Compare(t.Value, value) < 0)
                .ExecuteUpdateAsync(s => s.SetProperty(t => t.Value, value)) == 1) return true;
        if (await mine.AnyAsync()) return false;
        var first = new IdentityUserToken<string>
        {
            UserId = userId, LoginProvider = LoginProvider, Name = LastStepName, Value = value,
        };
        db.UserTokens.Add(first);
        try
        {
            await db.SaveChangesAsync();
            return true;
        }
        catch (DbUpdateException)
        {
            db.Entry(first).State = EntityState.Detached; // a concurrent first use of this code won
            return false;
        }
        finally
        {
            if (db.Entry(first).State != EntityState.Detached) db.Entry(first).State = EntityState.Detached;
        }
    }
}
