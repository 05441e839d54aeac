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
        g.MapPost("/", async (SaveBody h, SaveBody.Request r, CancellationToken ct) =>
        {
            var id = await h.HandleAsync(null, r, ct);
            return TypedResults.Created($"/api/v1/bodies/{id}", new { id });
        }).RequireAuthorization(write);
        g.MapPut("/{id:guid}", async (SaveBody h, Guid id, SaveBody.Request r, CancellationToken ct) =>
        {
            await h.HandleAsync(id, r, ct);
            return TypedResults.NoContent();
        }).RequireAuthorization(write);
        g.MapPost("/{id:guid}/members", async (AddBodyMember h, Guid id, AddBodyMember.Request r, CancellationToken ct) =>
            TypedResults.Created($"/api/v1/bodies/{id}", new { id = await h.HandleAsync(id, r, ct) })).RequireAuthorization(write);
        g.MapDelete("/{id:guid}/members/{memberId:guid}", async (RemoveBodyPart h, Guid id, Guid memberId, CancellationToken ct) =>
        {
            await h.MemberAsync(id, memberId, ct);
            return TypedResults.NoContent();
        }).RequireAuthorization(write);
        g.MapPost("/{id:guid}/units", async (AddMemberUnit h, Guid id, AddMemberUnit.Request r, CancellationToken ct) =>
            TypedResults.Created($"/api/v1/bodies/{id}", new { id = await h.HandleAsync(id, r, ct) })).RequireAuthorization(write);
        g.MapDelete("/{id:guid}/units/{unitId:guid}", async (RemoveBodyPart h, Guid id, Guid unitId, CancellationToken ct) =>
        {
            await h.UnitAsync(id, unitId, ct);
            return TypedResults.NoContent();
        }).RequireAuthorization(write);
        g.MapDelete("/{id:guid}", async (DeleteBody h, Guid id, CancellationToken ct) =>
        {
            await h.HandleAsync(id, ct);
            return TypedResults.NoContent();
        }).RequireAuthorization(write);
    }
}
