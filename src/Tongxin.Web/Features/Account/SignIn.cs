using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Tongxin.Data.Audit;
using Tongxin.Domain.Accounts;

namespace Tongxin.Web.Features.Account;

/// <summary>
/// Sign-in for the page (cookie) and the API (bearer). Every failure — wrong password, unknown user, locked,
/// disabled — gets the same answer after the same work: the password hasher runs once on every attempt, so neither
/// the body nor the time tells which names exist (SEC-2). Every attempt within the budget is audited (SEC-13).
/// </summary>
public sealed class SignIn(UserManager<AppUser> users, SignInManager<AppUser> signIn, TongxinDb db, TimeProvider clock,
    IOptions<TongxinOptions> options, IPasswordHasher<AppUser> hasher, SignInThrottle throttle,
    IHttpContextAccessor http, SecondFactor secondFactor, Lockout lockout) : IHandler
{
    public static string Failed => Loc.T("用户名或密码错误；连续 5 次错误将锁定 15 分钟",
        "Wrong user name or password; 5 failures in a row lock the account for 15 minutes");

    /// <summary>A user with two-step verification sends the authenticator's code or a recovery code too (the API;
    /// the page asks for it in a second step).</summary>
    public sealed record Request(string? UserName, string? Password, string? TwoFactorCode = null,
        string? RecoveryCode = null);

    public enum Outcome { SignedIn, Failed, Throttled, TwoFactorRequired }

    /// <summary>What happened; <see cref="Message"/> is what to show when not signed in.</summary>
    public sealed record Result(Outcome Outcome, string? Message = null)
    {
        public bool Succeeded => Outcome == Outcome.SignedIn;
    }

    /// <summary>On success the scheme has written its cookie or token.</summary>
    public async Task<Result> HandleAsync(Request r, string scheme)
    {
        var name = Check.Clean(r.UserName) ?? "";
        if (name.Length > 100) name = name[..100];
        if (!throttle.TryAcquire(name, http.HttpContext?.Connection.RemoteIpAddress?.ToString()))
            return new(Outcome.Throttled, SignInThrottle.Message);
        var password = r.Password ?? "";
        var user = name.Length == 0 ? null : await users.FindByNameAsync(name);
        // Identity skips the hasher for a locked account or one without a password: hash anyway, to the same cost.
        if (user is null || user.PasswordHash is null || await users.IsLockedOutAsync(user))
        {
            hasher.VerifyHashedPassword(Nobody, DummyHash, password);
            return await FailAsync(name, user, user is null ? "unknown-user"
                : user.PasswordHash is null ? "no-password" : "locked-out");
        }
        // Not CheckPasswordSignInAsync: it counts a failure or clears the count by saving this copy of the user, which
        // attempts racing on one account made fail (see Lockout).
        if (!await users.CheckPasswordAsync(user, password))
        {
            var disabled = user.IsDisabled;
            await lockout.FailedAsync(user.Id, (fresh, counted) => Audit(name, fresh,
                counted == Lockout.Counted.WasLocked ? "locked-out" : disabled ? "disabled" : "wrong-password",
                counted == Lockout.Counted.LockedNow));
            return new(Outcome.Failed, Failed);
        }
        if (user.IsDisabled || !await signIn.CanSignInAsync(user))
            return await FailAsync(name, user, user.IsDisabled ? "disabled" : "not-allowed");
        if (await users.GetTwoFactorEnabledAsync(user))
        {
            if (scheme != IdentityConstants.BearerScheme)
            {
                // The page's second step finds the user by this short-lived cookie (Identity's own scheme).
                await http.HttpContext!.SignInAsync(IdentityConstants.TwoFactorUserIdScheme, new ClaimsPrincipal(
                    new ClaimsIdentity([new Claim(ClaimTypes.Name, user.Id)],
                        IdentityConstants.TwoFactorUserIdScheme)));
                return new(Outcome.TwoFactorRequired);
            }
            if (Check.Clean(r.TwoFactorCode) is null && Check.Clean(r.RecoveryCode) is null)
                return new(Outcome.TwoFactorRequired, SecondFactor.Required);
            if (!await secondFactor.VerifyAsync(user, r.TwoFactorCode, r.RecoveryCode))
                return new(Outcome.Failed, SecondFactor.Wrong);
        }
        return await CompleteAsync(user, scheme) ? new(Outcome.SignedIn) : new(Outcome.Failed, Failed);
    }

    /// <summary>
    /// Records the sign-in and writes the cookie or token; false (audited) when a failure racing this attempt locked
    /// the account meanwhile.
    /// </summary>
    public async Task<bool> CompleteAsync(AppUser user, string scheme)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var expired = PasswordPolicy.IsExpired(user.PasswordChangedUtc, now, options.Value.PasswordMaxAgeDays);
        await using (var write = await db.BeginWriteAsync())
        {
            if (!await lockout.SucceededAsync(user.Id))
            {
                Audit(user.UserName!, user, "locked-out");
                await db.SaveChangesAsync();
                await write.CommitAsync();
                return false;
            }
            // Set-based: two devices signing in to one account at once must not collide on the user row.
            await db.Users.Where(u => u.Id == user.Id).ExecuteUpdateAsync(u => u
                .SetProperty(x => x.LastSignInUtc, now)
                .SetProperty(x => x.MustChangePassword, x => x.MustChangePassword || expired));
            db.AddAuditEvent(AuditEvents.SignIn, nameof(AppUser), user.Id, user.NodePath, userName: user.UserName,
                details: new { scheme = scheme == IdentityConstants.BearerScheme ? "token" : "cookie" });
            await db.SaveChangesAsync();
            await write.CommitAsync();
        }
        db.ChangeTracker.Clear();
        user = await users.FindByIdAsync(user.Id) ?? throw new NotFoundException(Loc.T("用户", "User"));
        signIn.AuthenticationScheme = scheme;
        var props = new AuthenticationProperties { IsPersistent = false };
        props.Items[Cookies.SignedInAt] = now.ToString("O");
        await signIn.SignInWithClaimsAsync(user, props, []);
        return true;
    }

    private async Task<Result> FailAsync(string name, AppUser? user, string reason)
    {
        // A copy of the user an Identity call could not save must not ride along with the audit row.
        db.ChangeTracker.Clear();
        Audit(name, user, reason);
        await db.SaveChangesAsync();
        return new(Outcome.Failed, Failed);
    }

    private void Audit(string name, AppUser? user, string reason, bool lockedNow = false) =>
        db.AddAuditEvent(AuditEvents.SignInFailed, nameof(AppUser), user?.Id, user?.NodePath, success: false,
            userName: name.Length == 0 ? "(空)" : name,
            details: lockedNow ? new { reason, lockedOut = true } : new { reason });

    private static readonly AppUser Nobody = new() { DisplayName = "", NodePath = "" };
    private static readonly string DummyHash =
        new PasswordHasher<AppUser>().HashPassword(Nobody, "not-a-password-Tx#1");
}
