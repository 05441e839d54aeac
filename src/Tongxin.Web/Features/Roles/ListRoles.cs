namespace Tongxin.Web.Features.Roles;

public sealed class ListRoles(TongxinDb db) : IHandler
{
    public sealed record Row(string Name, string DisplayName, bool IsBuiltIn, bool IsAdminRole, int UserCount,
        IReadOnlyList<string> Permissions);

    public async Task<IReadOnlyList<Row>> HandleAsync(CancellationToken ct = default)
    {
        var roles = await db.Roles.AsNoTracking().OrderBy(r => r.Name).ToListAsync(ct);
        var claims = await db.RoleClaims.AsNoTracking().Where(c => c.ClaimType == Permissions.ClaimType)
            .ToListAsync(ct);
        var counts = await db.UserRoles.GroupBy(u => u.RoleId).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(x => x.Key, x => x.Count, ct);
        var order = Security.Roles.All.Select(r => r.Name).ToList();
        return roles.OrderBy(r => order.IndexOf(r.Name!) is var i && i < 0 ? 99 : i)
            .Select(r =>
            new Row(r.Name!, r.DisplayName, r.IsBuiltIn, Domain.Accounts.AdminSeparation.AdminRoles.Contains(r.Name!),
                counts.GetValueOrDefault(r.Id),
                claims.Where(c => c.RoleId == r.Id).Select(c => c.ClaimValue!).Order().ToList()))
            .ToList();
    }
}
