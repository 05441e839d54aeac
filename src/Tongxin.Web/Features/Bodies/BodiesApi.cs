using Tongxin.Web.Infrastructure;
using Tongxin.Web.Security;

namespace Tongxin.Web.Features.Bodies;

public static class BodiesApi
{
    public static void MapBodiesApi(this RouteGroupBuilder api)
    {
        var g = api.MapGroup("/bodies").WithTags("Bodies");
        var read = Permissions.Policy(Permissions.BodyRead);
        var write = Permissions.Policy(Permissions.BodyWrite);
        g.MapGet("/", (ListBodies h, [AsParameters] ListBodies.Query q, CancellationToken ct) => h.HandleAsync(q, ct)).RequireAuthorization(read);
        g.MapGet("/{id:guid}", (GetBody h, Guid id, CancellationToken ct) => h.HandleAsync(id, ct)).RequireAuthorization(read);
        g.MapCreate<SaveBody, SaveBody.Request>("/", "/api/v1/bodies", (h, r, ct) => h.HandleAsync(null, r, ct)).RequireAuthorization(write);
        g.MapUpdate<SaveBody, SaveBody.Request>("/{id:guid}", (h, id, r, ct) => h.HandleAsync(id, r, ct)).RequireAuthorization(write);
        g.MapRemove<DeleteBody>("/{id:guid}", (h, id, ct) => h.HandleAsync(id, ct)).RequireAuthorization(write);
        g.MapPost("/{id:guid}/members", async (AddBodyMember h, Guid id, AddBodyMember.Request r, CancellationToken ct) =>
            TypedResults.Created($"/api/v1/bodies/{id}", new { id = await h.HandleAsync(id, r, ct) })).RequireAuthorization(write);
        g.MapPost("/{id:guid}/units", async (AddMemberUnit h, Guid id, AddMemberUnit.Request r, CancellationToken ct) =>
            TypedResults.Created($"/api/v1/bodies/{id}", new { id = await h.HandleAsync(id, r, ct) })).RequireAuthorization(write);
        g.MapDelete("/{id:guid}/members/{partId:guid}", (RemoveBodyPart h, Guid id, Guid partId, CancellationToken ct) => Done(h.MemberAsync(id, partId, ct)))
            .RequireAuthorization(write);
        g.MapDelete("/{id:guid}/units/{partId:guid}", (RemoveBodyPart h, Guid id, Guid partId, CancellationToken ct) => Done(h.UnitAsync(id, partId, ct)))
            .RequireAuthorization(write);
    }

    private static async Task<IResult> Done(Task work)
    {
        await work;
        return TypedResults.NoContent();
    }
}
