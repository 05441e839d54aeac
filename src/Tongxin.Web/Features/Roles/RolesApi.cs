using Tongxin.Web.Security;

namespace Tongxin.Web.Features.Roles;

public static class RolesApi
{
    public static void MapRolesApi(this RouteGroupBuilder api)
    {
        var g = api.MapGroup("/roles").WithTags("Roles");
        g.MapGet("/", (ListRoles h, CancellationToken ct) => h.HandleAsync(ct)).RequireAuthorization(Permissions.Policy(Permissions.RoleRead));
        g.MapGet("/permissions", () => Permissions.All.Select(p => new { p.Code, p.Zh, p.En }))
            .RequireAuthorization(Permissions.Policy(Permissions.RoleRead));
        g.MapPut("/{name}/permissions", async (SetRolePermissions h, string name, SetRolePermissions.Request r, CancellationToken ct) =>
        {
            await h.HandleAsync(name, r, ct);
            return TypedResults.NoContent();
        }).RequireAuthorization(Permissions.Policy(Permissions.RoleWrite));
    }
}
