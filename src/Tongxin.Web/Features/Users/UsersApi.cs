using Microsoft.AspNetCore.Http.HttpResults;

namespace Tongxin.Web.Features.Users;

/// <summary>User accounts: each with one role and one region node (ACC-1, ACC-2).</summary>
public sealed class UsersApi : IEndpointGroup
{
    public string Prefix => "/users";
    public string Tag => "Users";

    public void MapApi(RouteGroupBuilder g)
    {
        var write = Permissions.Policy(Permissions.UserWrite);
        g.MapGet("/", List).WithName("ListUsers").WithSummary("List users")
            .RequireAuthorization(Permissions.Policy(Permissions.UserRead));
        g.MapGet("/export", Export).WithName("ExportUsers").WithSummary("The filtered list as Excel")
            .Produces<byte[]>(StatusCodes.Status200OK, ContentTypes.Xlsx)
            .RequireAuthorization(Permissions.Policy(Permissions.UserRead));
        g.MapPost("/", Create).WithName("CreateUser").WithSummary("Add a user; the answer carries a one-time password")
            .ProducesWriteErrors().RequireAuthorization(write);
        g.MapPut("/{id}", Update).WithName("UpdateUser").WithSummary("Change a user").ProducesWriteErrors()
            .RequireAuthorization(write);
        g.MapPost("/{id}/two-factor/reset", ResetTwoFactor).WithName("ResetTwoFactor")
            .WithSummary("Turn a user's two-step verification off (security administrator; audited)")
            .ProducesNotFound().RequireAuthorization(Permissions.Policy(Permissions.TwoFactorReset));
    }

    public void MapDownloads(RouteGroupBuilder d) =>
        d.MapGet("/users.xlsx", Export).WithName("DownloadUsers")
            .RequireAuthorization(Permissions.Policy(Permissions.UserRead));

    private static async Task<Ok<Paged<ListUsers.Row>>> List(
        ListUsers h, TimeProvider clock, [AsParameters] ListUsers.Query q, CancellationToken ct) =>
        TypedResults.Ok(await h.HandleAsync(q, clock.GetUtcNow().UtcDateTime, ct));

    private static async Task<Created<SaveUser.Created>> Create(SaveUser h, SaveUser.Request r, CancellationToken ct)
    {
        var created = (await h.HandleAsync(null, r, ct))!;
        return TypedResults.Created($"/api/v1/users/{created.Id}", created);
    }

    private static async Task<NoContent> ResetTwoFactor(ResetTwoFactor h, string id, CancellationToken ct)
    {
        await h.HandleAsync(id, ct);
        return TypedResults.NoContent();
    }

    private static async Task<NoContent> Update(SaveUser h, string id, SaveUser.Request r, CancellationToken ct)
    {
        await h.HandleAsync(id, r, ct);
        return TypedResults.NoContent();
    }

    private static async Task<FileContentHttpResult> Export(
        ExportUsers h, [AsParameters] ListUsers.Query q, CancellationToken ct) =>
        (await h.HandleAsync(q, ct)).Download();
}
