using System.Security.Claims;
using Microsoft.AspNetCore.Identity;

namespace Tongxin.Web.Startup;

/// <summary>
/// Keeps the built-in roles in step with the release's role table (ACC-3). A role is created with its permissions;
/// after that, a permission the table names for a role is granted to it once — the first start of the release that
/// adds it — and recorded per role in <c>Settings</c>, so a permission the security administrator later removed is
/// never granted again. A role without a record (a database made before the record existed) gets one from the
/// table as it is, granting nothing: what the administrator removed before stays removed.
/// </summary>
public static class BuiltInRoleGrants
{
    private const string KeyPrefix = "roles.granted:";

    public static string Key(string role) => KeyPrefix + role;

    public static async Task EnsureAsync(RoleManager<AppRole> roles, TongxinDb db,
        IReadOnlyList<Roles.BuiltIn> table, CancellationToken ct = default)
    {
        foreach (var r in table)
        {
            var record = await db.Settings.SingleOrDefaultAsync(s => s.Key == Key(r.Name), ct);
            var offered = record?.Value.Split('|', StringSplitOptions.RemoveEmptyEntries).ToHashSet() ?? [];
            var role = await roles.FindByNameAsync(r.Name);
            var grant = new List<string>();
            if (role is null)
            {
                role = new AppRole { Name = r.Name, DisplayName = r.Zh, IsBuiltIn = true };
                Bootstrap.Ensure(await roles.CreateAsync(role));
                grant.AddRange(r.Permissions);
            }
            else if (record is not null) grant.AddRange(r.Permissions.Where(p => !offered.Contains(p)));
            if (record is not null && grant.Count == 0) continue;

            var held = (await roles.GetClaimsAsync(role)).Where(c => c.Type == Permissions.ClaimType)
                .Select(c => c.Value).ToHashSet();
            foreach (var p in grant.Where(p => !held.Contains(p)))
                Bootstrap.Ensure(await roles.AddClaimAsync(role, new Claim(Permissions.ClaimType, p)));
            var value = string.Join("|", offered.Union(r.Permissions).Order(StringComparer.Ordinal));
            if (record is null) db.Settings.Add(new Setting { Key = Key(r.Name), Value = value });
            else record.Value = value;
            await db.SaveChangesAsync(ct);
        }
    }
}
