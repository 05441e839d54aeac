using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Tongxin.Data.Audit;

namespace Tongxin.Web.Features.Roles;

/// <summary>
/// 安全管理员 sets a business role's permissions. The three administrator roles are fixed, and their permissions
/// cannot be granted to any other role (SEC-9). Holders of the role pick the change up within a minute.
/// </summary>
public sealed class SetRolePermissions(TongxinDb db, RoleManager<AppRole> roles, UserManager<AppUser> users) : IHandler
{
    public sealed record Request(string[]? Permissions);

    public async Task HandleAsync(string roleName, Request r, CancellationToken ct = default)
    {
        var role = await roles.FindByNameAsync(roleName) ?? throw new NotFoundException(Loc.T("角色", "Role"));
        if (Domain.Accounts.AdminSeparation.AdminRoles.Contains(role.Name!))
            throw new ConflictException(Loc.T(
                "三员分立：系统管理员、安全管理员、审计管理员的权限固定，不能修改",
                "Separation of duties: the permissions of the system, security and audit administrators are fixed"));
        var wanted = (r.Permissions ?? []).Distinct().ToList();
        var check = new Check();
        foreach (var p in wanted)
        {
            if (Permissions.All.All(x => x.Code != p)) check.Add(nameof(r.Permissions), Loc.T($"权限 {p} 不存在",
                $"Permission {p} does not exist"));
            else if (Permissions.AdminOnly.ContainsKey(p)) check.Add(nameof(r.Permissions),
                Loc.T($"三员分立：权限 {p} 只属于管理员角色",
                $"Separation of duties: permission {p} belongs to administrator roles only"));
        }
        check.ThrowIfAny();
        await using var tx = await db.BeginWriteAsync(ct);
        var current = (await roles.GetClaimsAsync(role)).Where(c => c.Type == Permissions.ClaimType)
            .Select(c => c.Value).ToList();
        foreach (var p in current.Except(wanted))
            await roles.RemoveClaimAsync(role, new Claim(Permissions.ClaimType, p));
        foreach (var p in wanted.Except(current)) await roles.AddClaimAsync(role, new Claim(Permissions.ClaimType, p));
        foreach (var u in await users.GetUsersInRoleAsync(role.Name!)) await users.UpdateSecurityStampAsync(u);
        db.AddAuditEvent(AuditEvents.PermissionChange, nameof(AppRole), role.Name,
            details: new { before = current, after = wanted });
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
    }
}
