using Microsoft.AspNetCore.Identity;
using Tongxin.Data;
using Tongxin.Data.Audit;
using Tongxin.Data.Entities;
using Tongxin.Web.Infrastructure;

namespace Tongxin.Web.Features.Account;

/// <summary>Change one's own password (SEC-1); clears the one-time flag and ends other sessions via the security stamp.</summary>
public sealed class ChangePassword(UserManager<AppUser> users, TongxinDb db, TimeProvider clock) : IHandler
{
    public sealed record Request(string? CurrentPassword, string? NewPassword, string? ConfirmPassword);

    public async Task<AppUser> HandleAsync(string userId, Request r)
    {
        var check = new Check()
            .That(!string.IsNullOrEmpty(r.CurrentPassword), nameof(r.CurrentPassword), "请输入原密码")
            .That(!string.IsNullOrEmpty(r.NewPassword), nameof(r.NewPassword), "请输入新密码")
            .That(r.NewPassword == r.ConfirmPassword, nameof(r.ConfirmPassword), "两次输入的新密码不一致")
            .That(r.NewPassword != r.CurrentPassword, nameof(r.NewPassword), "新密码不能与原密码相同");
        check.ThrowIfAny();
        var user = await users.FindByIdAsync(userId) ?? throw new NotFoundException("用户");
        var result = await users.ChangePasswordAsync(user, r.CurrentPassword!, r.NewPassword!);
        if (!result.Succeeded)
        {
            foreach (var e in result.Errors)
                check.Add(e.Code == "PasswordMismatch" ? nameof(r.CurrentPassword) : nameof(r.NewPassword), e.Description);
            check.ThrowIfAny();
        }
        user.MustChangePassword = false;
        user.PasswordChangedUtc = clock.GetUtcNow().UtcDateTime;
        db.AddAuditEvent(AuditEvents.PasswordChanged, nameof(AppUser), user.Id, user.NodePath);
        await users.UpdateAsync(user);
        return user;
    }
}
