using Microsoft.AspNetCore.Identity;
using Tongxin.Data.Audit;

namespace Tongxin.Web.Features.Account;

/// <summary>Change one's own password (SEC-1); clears the one-time flag and ends other sessions via the security
/// stamp.</summary>
public sealed class ChangePassword(UserManager<AppUser> users, TongxinDb db, TimeProvider clock) : IHandler
{
    public sealed record Request(string? CurrentPassword, string? NewPassword, string? ConfirmPassword);

    public async Task<AppUser> HandleAsync(string userId, Request r)
    {
        var check = new Check()
            .That(!string.IsNullOrEmpty(r.CurrentPassword), nameof(r.CurrentPassword), Loc.T("请输入原密码",
                "Enter your current password"))
            .That(!string.IsNullOrEmpty(r.NewPassword), nameof(r.NewPassword),
            Loc.T("请输入新密码", "Enter a new password"))
            .That(r.NewPassword == r.ConfirmPassword, nameof(r.ConfirmPassword),
            Loc.T("两次输入的新密码不一致",
                "The two new passwords do not match"))
            .That(r.NewPassword != r.CurrentPassword, nameof(r.NewPassword), Loc.T("新密码不能与原密码相同",
                "The new password must differ from the current one"));
        check.ThrowIfAny();
        var user = await users.FindByIdAsync(userId) ?? throw new NotFoundException(Loc.T("用户", "User"));
        var result = await users.ChangePasswordAsync(user, r.CurrentPassword!, r.NewPassword!);
        if (!result.Succeeded)
        {
            foreach (var e in result.Errors)
                check.Add(e.Code == "PasswordMismatch" ? nameof(r.CurrentPassword) : nameof(r.NewPassword),
                    e.Description);
            check.ThrowIfAny();
        }
        user.MustChangePassword = false;
        user.PasswordChangedUtc = clock.GetUtcNow().UtcDateTime;
        db.AddAuditEvent(AuditEvents.PasswordChanged, nameof(AppUser), user.Id, user.NodePath);
        await users.UpdateAsync(user);
        return user;
    }
}
