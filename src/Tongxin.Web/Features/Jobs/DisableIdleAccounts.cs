using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Tongxin.Web.Features.Jobs;

/// <summary>
/// SEC-6: disables accounts whose last sign-in (or, never signed in, their creation) is older than the setting
/// (90 days). The last enabled holder of each administrator role (系统管理员, 安全管理员, 审计管理员) is kept: without
/// them nobody could enable an account again or change a role, and the platform would be locked for good. Each
/// disable is audited (the user's update row, and an event naming the reason).
/// </summary>
public sealed class DisableIdleAccounts(
    TongxinDb db, UserManager<AppUser> users, IOptions<JobOptions> options, TimeProvider clock) : IScheduledJob
{
    public const string Name = "disable-idle-accounts";
    public const string AuditEvent = Data.Audit.AuditEvents.AccountDisabled;
    private static readonly string[] AdminRoles = [Security.Roles.SystemAdmin, Security.Roles.SecurityAdmin,
        Security.Roles.AuditAdmin];

    public async Task<string> RunAsync(CancellationToken ct)
    {
        var days = options.Value.IdleAccountDays;
        if (days < 1)
            throw new InvalidOperationException(Loc.T("未登录停用天数须为正数", "Idle days must be positive"));
        var cutoff = clock.GetUtcNow().UtcDateTime.AddDays(-days);
        var idle = await db.Users.Where(u => !u.IsDisabled && (u.LastSignInUtc ?? u.CreatedUtc) < cutoff)
            .OrderBy(u => u.LastSignInUtc ?? u.CreatedUtc).ToListAsync(ct);
        if (idle.Count == 0) return Loc.T($"没有超过 {days} 天未登录的账号。", $"No account idle for {days} days.");

        var admins = new Dictionary<string, HashSet<string>>();
        foreach (var role in AdminRoles)
            admins[role] = (await users.GetUsersInRoleAsync(role)).Where(u => !u.IsDisabled).Select(u => u.Id)
                .ToHashSet();
        var disabled = new List<string>();
        var kept = new List<string>();
        foreach (var user in idle)
        {
            // keeps the most recently active of an administrator role's last holders: the list is oldest first
            if (admins.Values.Any(ids => ids.Count == 1 && ids.Contains(user.Id)))
            {
                kept.Add(user.UserName!);
                continue;
            }
            foreach (var ids in admins.Values) ids.Remove(user.Id);
            await using var tx = await db.BeginWriteAsync(ct);
            user.IsDisabled = true;
            user.LockoutEnd = DateTimeOffset.MaxValue;
            await users.UpdateSecurityStampAsync(user); // ends the user's sessions and tokens
            db.AddAuditEvent(AuditEvent, nameof(AppUser), user.Id, user.NodePath, details: new
            {
                reason = "idle", days, lastSignInUtc = user.LastSignInUtc, createdUtc = user.CreatedUtc,
            });
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
            disabled.Add(user.UserName!);
        }
        return Loc.T($"已停用 {disabled.Count} 个超过 {days} 天未登录的账号",
                $"Disabled {disabled.Count} accounts idle for {days} days")
            + (disabled.Count > 0 ? "：" + string.Join("、", disabled) : "")
            + (kept.Count > 0 ? Loc.T($"；保留最后一名管理员：{string.Join("、", kept)}",
                $"; kept the last administrator: {string.Join(", ", kept)}") : "") + Loc.T("。", ".");
    }
}
