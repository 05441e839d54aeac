using Tongxin.Web.Security;

namespace Tongxin.Web.Features.Users;

public static class UsersApi
{
    public static void MapUsersApi(this RouteGroupBuilder api)
    {
        var g = api.MapGroup("/users").WithTags("Users");
        g.MapGet("/", (ListUsers h, TimeProvider clock, [AsParameters] ListUsers.Query q, CancellationToken ct) =>
            h.HandleAsync(q, clock.GetUtcNow().UtcDateTime, ct)).RequireAuthorization(Permissions.Policy(Permissions.UserRead));
        g.MapPost("/", async (SaveUser h, SaveUser.Request r, CancellationToken ct) =>
        {
            var created = (await h.HandleAsync(null, r, ct))!;
            return TypedResults.Created($"/api/v1/users/{created.Id}", created);
        }).RequireAuthorization(Permissions.Policy(Permissions.UserWrite));
        g.MapPut("/{id}", async (SaveUser h, string id, SaveUser.Request r, CancellationToken ct) =>
        {
            await h.HandleAsync(id, r, ct);
            return TypedResults.NoContent();
        }).RequireAuthorization(Permissions.Policy(Permissions.UserWrite));
    }
}
