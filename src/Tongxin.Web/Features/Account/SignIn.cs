using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Tongxin.Data.Audit;
using Tongxin.Domain.Accounts;

namespace Tongxin.Web.Features.Account;

/// <summary>
/// Sign-in for the page (cookie) and the API (bearer). Every failure — wrong password, unknown user, locked,
/// disabled — gets the same answer (SEC-2), and every attempt is audited (SEC-13).
/// </summary>
public sealed class SignIn(UserManager<AppUser> users, SignInManager<AppUser> signIn, TongxinDb db, TimeProvider clock,
    IOptions<TongxinOptions> options, IPasswordHasher<AppUser> hasher) : IHandler
{
    public static string Failed => Loc.T("用户名或密码错误；连续 5 次错误将锁定 15 分钟",
        "Wrong user name or password; 5 failures in a row lock the account for 15 minutes");

    public sealed record Request(string? UserName, string? Password);

    /// <summary>Returns null on success (the scheme has written its cookie or token), else the message to
    /// show.</summary>
    public async Task<string?> HandleAsync(Request r, string scheme)
    {
        var name = Check.Clean(r.UserName) ?? "";
        if (name.Length > 100) name = name[..100];
        var user = name.Length == 0 ? null : await users.FindByNameAsync(name);
        if (user is null)
        {
            hasher.VerifyHashedPassword(new AppUser { DisplayName = "", NodePath = "" }, DummyHash, r.Password ?? "");
            return await FailAsync(name, null, "unknown-user");
        }
        var result = await signIn.CheckPasswordSignInAsync(user, r.Password ?? "", lockoutOnFailure: true);
        if (!result.Succeeded || user.IsDisabled)
            return await FailAsync(name, user, result.IsLockedOut ? "locked-out" : user.IsDisabled ? "disabled"
                : "wrong-password");

        var now = clock.GetUtcNow().UtcDateTime;
        // Set-based updates: two devices signing in to one account at once must not collide on the user row.
        var expired = PasswordPolicy.IsExpired(user.PasswordChangedUtc, now, options.Value.PasswordMaxAgeDays);
        await db.Users.Where(u => u.Id == user.Id).ExecuteUpdateAsync(u => u
            .SetProperty(x => x.LastSignInUtc, now)
            .SetProperty(x => x.MustChangePassword, x => x.MustChangePassword || expired));
        db.Entry(user).State = EntityState.Detached;
        user = await users.FindByIdAsync(user.Id) ?? throw new NotFoundException(Loc.T("用户", "User"));
        signIn.AuthenticationScheme = scheme;
        var props = new AuthenticationProperties { IsPersistent = false };
        props.Items[Cookies.SignedInAt] = now.ToString("O");
        db.AddAuditEvent(AuditEvents.SignIn, nameof(AppUser), user.Id, user.NodePath, userName: user.UserName,
            details: new { scheme = scheme == IdentityConstants.BearerScheme ? "token" : "cookie" });
        await db.SaveChangesAsync();
        await signIn.SignInWithClaimsAsync(user, props, []);
        return null;
    }

    private async Task<string> FailAsync(string name, AppUser? user, string reason)
    {
        db.AddAuditEvent(AuditEvents.SignInFailed, nameof(AppUser), user?.Id, user?.NodePath, success: false,
            userName: name.Length == 0 ? "(空)" : name, details: new { reason });
        await db.SaveChangesAsync();
        return Failed;
    }

    private static readonly string DummyHash = new PasswordHasher<AppUser>()
        .HashPassword(new AppUser { DisplayName = "", NodePath = "" }, "not-a-password-Tx#1");
}
