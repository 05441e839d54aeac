using Microsoft.AspNetCore.Identity;

namespace Tongxin.Web.Features.Account;

/// <summary>
/// The second sign-in step (SEC-4): a code from the authenticator (each accepted once, see OneTimeAuthenticator) or a
/// recovery code (spent when used). A wrong one counts toward the lockout like a wrong password and is audited.
/// </summary>
public sealed class SecondFactor(UserManager<AppUser> users, TongxinDb db, Lockout lockout) : IHandler
{
    public static string Wrong => Loc.T("验证码或恢复码不正确；连续 5 次错误将锁定 15 分钟",
        "Wrong code or recovery code; 5 failures in a row lock the account for 15 minutes");

    public static string Required => Loc.T(
        "此账号已启用两步验证：请同时提交验证器上的 6 位动态码（twoFactorCode）或一个恢复码（recoveryCode）",
        "This account uses two-step verification: send the authenticator's 6-digit code (twoFactorCode) "
            + "or a recovery code (recoveryCode) too");

    /// <summary>A right code or recovery code: true (the sign-in's completion clears the failure count).</summary>
    public async Task<bool> VerifyAsync(AppUser user, string? code, string? recoveryCode)
    {
        var recovery = Check.Clean(recoveryCode);
        var ok = recovery is not null
            ? (await users.RedeemTwoFactorRecoveryCodeAsync(user, recovery.ToUpperInvariant())).Succeeded
            : Check.Clean(code) is { } c && await users.VerifyTwoFactorTokenAsync(user,
                users.Options.Tokens.AuthenticatorTokenProvider, c);
        if (ok) return true;
        var kind = recovery is null ? "code" : "recovery";
        await lockout.FailedAsync(user.Id, (fresh, counted) => db.AddAuditEvent(TwoFactorEvents.Failed,
            nameof(AppUser), fresh.Id, fresh.NodePath, success: false, userName: fresh.UserName,
            details: counted == Lockout.Counted.LockedNow
                ? new { step = "sign-in", kind, lockedOut = true } : new { step = "sign-in", kind }));
        return false;
    }
}
