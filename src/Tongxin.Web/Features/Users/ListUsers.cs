namespace Tongxin.Web.Features.Users;

/// <summary>Users whose home node is in the administrator's subtree (users are not a scoped entity: sign-in must find
/// them).</summary>
public sealed class ListUsers(TongxinDb db) : IHandler
{
    public sealed record Query(string? Q = null, string? Role = null, int Page = 1, int PageSize = 20);

    public sealed record Row(string Id, string UserName, string DisplayName, Guid NodeId, string NodePath,
        string NodeName, IReadOnlyList<string> Roles,
        bool IsDisabled, bool Locked, DateTime? LastSignInUtc, Guid? MemberUnitId = null,
        bool TwoFactorEnabled = false);

    public async Task<Paged<Row>> HandleAsync(Query q, DateTime nowUtc, CancellationToken ct = default)
    {
        var (low, high) = Scope();
        var users = db.Users.AsNoTracking()
            .Where(u => string.Compare(u.NodePath, low) >= 0 && string.Compare(u.NodePath, high) < 0);
        if (Check.Clean(q.Q) is { } text)
            users = users.Where(u => u.UserName!.Contains(text) || u.DisplayName.Contains(text));
        if (Check.Clean(q.Role) is { } role)
            users = users.Where(u =>
                db.UserRoles.Any(ur => ur.UserId == u.Id && db.Roles.Any(r => r.Id == ur.RoleId && r.Name == role)));
        var page = await users.OrderBy(u => u.NodePath).ThenBy(u => u.UserName).ToPagedAsync(q.Page, q.PageSize, ct);
        var ids = page.Items.Select(u => u.Id).ToList();
        var roles = await db.UserRoles.Where(ur => ids.Contains(ur.UserId))
            .Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => new { ur.UserId, r.Name })
            .ToListAsync(ct);
        var paths = page.Items.Select(u => u.NodePath).Distinct().ToList();
        var names = await db.Regions.Where(r => paths.Contains(r.NodePath))
            .ToDictionaryAsync(r => r.NodePath, r => r.Name, ct);
        var rows = page.Items.Select(u => new Row(u.Id, u.UserName!, u.DisplayName, u.NodeId, u.NodePath,
            names.GetValueOrDefault(u.NodePath) ?? Loc.T("全部", "All"),
            roles.Where(r => r.UserId == u.Id).Select(r => r.Name!).ToList(), u.IsDisabled,
            u.LockoutEnd is { } end && end.UtcDateTime > nowUtc, u.LastSignInUtc, u.MemberUnitId,
            u.TwoFactorEnabled)).ToList();
        return new Paged<Row>(rows, page.Total, page.Page, page.PageSize);
    }

    private (string Low, string High) Scope()
    {
        var low = db.CurrentUser.ScopePath ?? "\uffff";
        return (low, Domain.Regions.NodePath.Upper(low));
    }
}
