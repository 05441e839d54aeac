using Microsoft.AspNetCore.Identity;
using Tongxin.Data.Audit;
using Tongxin.Domain.Accounts;
using Tongxin.Domain.Regions;
using Tongxin.Web.Startup;

namespace Tongxin.Web.Features.Users;

/// <summary>
/// 系统管理员 creates a user (home node in their own subtree, roles, a one-time password) or changes one's node,
/// roles and enabled state. 三员分立 is enforced here (SEC-9); disabling ends live sessions via the security stamp.
/// </summary>
public sealed class SaveUser(TongxinDb db, UserManager<AppUser> users, TimeProvider clock) : IHandler
{
    public sealed record Request(string? UserName, string? DisplayName, Guid? NodeId, string[]? Roles,
        bool Disabled = false, Guid? MemberUnitId = null);

    public sealed record Created(string Id, string UserName, string OneTimePassword);

    public async Task<Created?> HandleAsync(string? id, Request r, CancellationToken ct = default)
    {
        var check = new Check().Required(nameof(r.DisplayName), Loc.T("姓名", "Name"), r.DisplayName, 50);
        if (id is null) check.Required(nameof(r.UserName), Loc.T("用户名", "User name"), r.UserName, 50);
        var roles = (r.Roles ?? []).Distinct().ToArray();
        check.That(roles.Length > 0, nameof(r.Roles), Loc.T("请至少选择一个角色", "Choose at least one role"));
        var known = await db.Roles.Select(x => x.Name!).ToListAsync(ct);
        foreach (var unknown in roles.Except(known)) check.Add(nameof(r.Roles), Loc.T($"角色 {unknown} 不存在",
            $"Role {unknown} does not exist"));
        if (AdminSeparation.Check(roles) is { } separation) check.Add(nameof(r.Roles), separation);
        var node = r.NodeId is { } nid && nid != Guid.Empty
            ? await db.Regions.SingleOrDefaultAsync(x => x.Id == nid, ct) : null;
        var path = node?.NodePath ?? (r.NodeId == Guid.Empty && db.CurrentUser.ScopePath == "/" ? "/" : null);
        check.That(path is not null, nameof(r.NodeId), Loc.T("所属节点不存在或不在您的数据范围内",
            "The node does not exist or is outside your data scope"));
        var unit = r.MemberUnitId is { } uid
            ? await db.MemberUnits.AsNoTracking().SingleOrDefaultAsync(u => u.Id == uid, ct) : null;
        check.That(r.MemberUnitId is null
            || (unit is not null && path is not null && NodePath.Contains(path, unit.NodePath)), nameof(r.MemberUnitId),
            Loc.T("成员单位不存在或不在所属节点范围内",
            "The member unit does not exist or is outside the user's node"));
        check.That(roles.Contains(Security.Roles.UnitLiaison) == (r.MemberUnitId is not null), nameof(r.MemberUnitId),
            roles.Contains(Security.Roles.UnitLiaison) ? Loc.T("成员单位联络人须绑定一个成员单位",
                "A member-unit liaison must be bound to a member unit") : Loc.T(
                "只有成员单位联络人可以绑定成员单位",
                "Only member-unit liaisons can be bound to a member unit"));
        check.ThrowIfAny();

        await using var tx = await db.BeginWriteAsync(ct);
        var user = id is null ? null
            : Guard.InScope(db, await users.FindByIdAsync(id), u => u.NodePath, Loc.T("用户", "User"));
        if (user is not null && user.Id == db.CurrentUser.UserId && r.Disabled)
            throw new ConflictException(Loc.T("不能停用自己的账号", "You cannot disable your own account"));
        string? password = null;
        if (user is null)
        {
            user = Bootstrap.NewUser(r.UserName!.Trim(), r.DisplayName!.Trim(), node, path, clock);
            user.MustChangePassword = true;
            password = Passwords.Generate();
            Fail(check, await users.CreateAsync(user, password));
        }
        user.DisplayName = r.DisplayName!.Trim();
        user.NodeId = node?.Id ?? Guid.Empty;
        user.NodePath = path!;
        var unitChanged = user.MemberUnitId != unit?.Id;
        user.MemberUnitId = unit?.Id;
        if (unitChanged && id is not null) await users.UpdateSecurityStampAsync(user);
        if (user.IsDisabled != r.Disabled)
        {
            user.IsDisabled = r.Disabled;
            user.LockoutEnd = r.Disabled ? DateTimeOffset.MaxValue : null;
            await users.UpdateSecurityStampAsync(user);
        }
        Fail(check, await users.UpdateAsync(user));
        var current = await users.GetRolesAsync(user);
        if (!current.Order().SequenceEqual(roles.Order()))
        {
            Fail(check, await users.RemoveFromRolesAsync(user, current.Except(roles)));
            Fail(check, await users.AddToRolesAsync(user, roles.Except(current)));
            await users.UpdateSecurityStampAsync(user);
            db.AddAuditEvent(AuditEvents.RoleChange, nameof(AppUser), user.Id, user.NodePath,
                details: new { before = current, after = roles });
            await db.SaveChangesAsync(ct);
        }
        await tx.CommitAsync(ct);
        return password is null ? null : new Created(user.Id, user.UserName!, password);
    }

    private static void Fail(Check check, IdentityResult result)
    {
        foreach (var e in result.Errors)
            check.Add(e.Code.StartsWith("Password") ? "Password" : nameof(Request.UserName), e.Description);
        check.ThrowIfAny();
    }
}
