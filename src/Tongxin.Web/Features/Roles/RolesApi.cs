using Microsoft.AspNetCore.Http.HttpResults;

namespace Tongxin.Web.Features.Roles;

/// <summary>Roles and the permissions each grants (ACC-1).</summary>
public sealed class RolesApi : IEndpointGroup
{
    public string Prefix => "/roles";
    public string Tag => "Roles";

    public sealed record PermissionInfo(string Code, string Zh, string En);

    public void MapApi(RouteGroupBuilder g)
    {
        var read = Permissions.Policy(Permissions.RoleRead);
        g.MapGet("/", List).WithName("ListRoles").WithSummary("List roles").RequireAuthorization(read);
        g.MapGet("/export", Export).WithName("ExportRoles").WithSummary("The roles as Excel")
            .Produces<byte[]>(StatusCodes.Status200OK, ContentTypes.Xlsx).RequireAuthorization(read);
        g.MapGet("/permissions", AllPermissions).WithName("ListPermissions")
            .WithSummary("Every permission, in both languages")
            .RequireAuthorization(read);
        g.MapPut("/{name}/permissions", SetPermissions).WithName("SetRolePermissions")
            .WithSummary("Set a role's permissions")
            .ProducesWriteErrors().RequireAuthorization(Permissions.Policy(Permissions.RoleWrite));
    }

    public void MapDownloads(RouteGroupBuilder d) =>
        d.MapGet("/roles.xlsx", Export).WithName("DownloadRoles")
            .RequireAuthorization(Permissions.Policy(Permissions.RoleRead));

    private static async Task<FileContentHttpResult> Export(ExportRoles h, CancellationToken ct) =>
        (await h.HandleAsync(ct)).Download();

    private static async Task<Ok<IReadOnlyList<ListRoles.Row>>> List(ListRoles h, CancellationToken ct) =>
        TypedResults.Ok(await h.HandleAsync(ct));

    private static Ok<IEnumerable<PermissionInfo>> AllPermissions() =>
        TypedResults.Ok(Permissions.All.Select(p => new PermissionInfo(p.Code, p.Zh, p.En)));

    private static async Task<NoContent> SetPermissions(
        SetRolePermissions h, string name, SetRolePermissions.Request r, CancellationToken ct)
    {
        await h.HandleAsync(name, r, ct);
        return TypedResults.NoContent();
    }
}
