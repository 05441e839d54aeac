using Microsoft.AspNetCore.Identity;
using Tongxin.Web.Features.Account;

namespace Tongxin.Web.Features.Users;

/// <summary>
/// 安全管理员 turns a user's second factor off (a lost phone, no recovery codes left), audited (SEC-4, SEC-13): the
/// key and the recovery codes are dropped and the new security stamp ends the user's sessions; the user enrols
/// again at next sign-in if their role requires it.
/// </summary>
public sealed class ResetTwoFactor(TongxinDb db, UserManager<AppUser> users) : IHandler
{
    private const string StoreProvider = "[AspNetUserStore]";

    public async Task HandleAsync(string id, CancellationToken ct = default)
    {
        var user = Guard.InScope(db, await users.FindByIdAsync(id), u => u.NodePath, Loc.T("用户", "User"));
        db.AddAuditEvent(TwoFactorEvents.Reset, nameof(AppUser), user.Id, user.NodePath,
            details: new { user = user.UserName, wasEnabled = user.TwoFactorEnabled });
        Ensure(await users.SetTwoFactorEnabledAsync(user, false));
        Ensure(await users.RemoveAuthenticationTokenAsync(user, StoreProvider, "AuthenticatorKey"));
        Ensure(await users.RemoveAuthenticationTokenAsync(user, StoreProvider, "RecoveryCodes"));
    }

    private static void Ensure(IdentityResult result)
    {
        if (!result.Succeeded)
            throw new ConflictException(string.Join("; ", result.Errors.Select(e => e.Description)));
    }
}
