using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;

namespace Tongxin.Web.Features.Account;

/// <summary>
/// The sign-in page's second step (SEC-4): the user the password step left in Identity's short-lived two-factor
/// cookie gives a code or a recovery code; within the same budget as passwords (SEC-22).
/// </summary>
public sealed class SignInSecondStep(UserManager<AppUser> users, SignIn signIn, SecondFactor secondFactor,
    SignInThrottle throttle, IHttpContextAccessor http) : IHandler
{
    public static string Expired => Loc.T("登录已超时，请重新输入用户名和密码",
        "The sign-in timed out; enter your user name and password again");

    /// <summary>The user waiting for the second step, or null when there is none (or it expired).</summary>
    public async Task<AppUser?> PendingAsync()
    {
        var pending = await http.HttpContext!.AuthenticateAsync(IdentityConstants.TwoFactorUserIdScheme);
        return pending.Principal?.FindFirstValue(ClaimTypes.Name) is { } id ? await users.FindByIdAsync(id) : null;
    }

    public async Task<SignIn.Result> HandleAsync(string? code, string? recoveryCode)
    {
        var user = await PendingAsync();
        if (user is null) return new(SignIn.Outcome.Failed, Expired);
        if (!throttle.TryAcquire(user.UserName!, http.HttpContext!.Connection.RemoteIpAddress?.ToString()))
            return new(SignIn.Outcome.Throttled, SignInThrottle.Message);
        if (user.IsDisabled || await users.IsLockedOutAsync(user)) return new(SignIn.Outcome.Failed, SignIn.Failed);
        if (!await secondFactor.VerifyAsync(user, code, recoveryCode))
            return new(SignIn.Outcome.Failed, SecondFactor.Wrong);
        await http.HttpContext.SignOutAsync(IdentityConstants.TwoFactorUserIdScheme);
        return await signIn.CompleteAsync(user, IdentityConstants.ApplicationScheme)
            ? new(SignIn.Outcome.SignedIn) : new(SignIn.Outcome.Failed, SignIn.Failed);
    }
}
