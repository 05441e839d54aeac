using Microsoft.AspNetCore.Http.HttpResults;
using static Tongxin.Web.Infrastructure.EndpointConventions;

namespace Tongxin.Web.Features.Bodies;

/// <summary>Organisations (党派, 工商联 ...): the bodies, their members and member units.</summary>
public sealed class BodiesApi : IEndpointGroup
{
    public string Prefix => "/bodies";
    public string Tag => "Bodies";

    public void MapApi(RouteGroupBuilder g)
    {
        var read = Permissions.Policy(Permissions.BodyRead);
        var write = Permissions.Policy(Permissions.BodyWrite);
        g.MapGet("/", List).WithName("ListBodies").WithSummary("List bodies").RequireAuthorization(read);
        g.MapGet("/export", Export).WithName("ExportBodies").WithSummary("The filtered list as Excel")
            .Produces<byte[]>(StatusCodes.Status200OK, ContentTypes.Xlsx).RequireAuthorization(read);
        g.MapGet("/{id:guid}", Get).WithName("GetBody").WithSummary("One body with members and units")
            .ProducesNotFound()
            .RequireAuthorization(read);
        g.MapPost("/", Create).WithName("CreateBody").WithSummary("Add a body").ProducesWriteErrors()
            .RequireAuthorization(write);
        g.MapPut("/{id:guid}", Update).WithName("UpdateBody").WithSummary("Change a body").ProducesWriteErrors()
            .RequireAuthorization(write);
        g.MapDelete("/{id:guid}", Delete).WithName("DeleteBody").WithSummary("Delete a body").ProducesWriteErrors()
            .RequireAuthorization(write);
        g.MapPost("/{id:guid}/members", AddMember).WithName("AddBodyMember").WithSummary("Add a member")
            .ProducesWriteErrors().RequireAuthorization(write);
        g.MapPost("/{id:guid}/units", AddUnit).WithName("AddMemberUnit").WithSummary("Add a member unit")
            .ProducesWriteErrors().RequireAuthorization(write);
        g.MapDelete("/{id:guid}/members/{partId:guid}", RemoveMember).WithName("RemoveBodyMember")
            .WithSummary("Remove a member")
            .ProducesWriteErrors().RequireAuthorization(write);
        g.MapDelete("/{id:guid}/units/{partId:guid}", RemoveUnit).WithName("RemoveMemberUnit")
            .WithSummary("Remove a member unit")
            .ProducesWriteErrors().RequireAuthorization(write);
    }

    public void MapDownloads(RouteGroupBuilder d) =>
        d.MapGet("/bodies.xlsx", Export).WithName("DownloadBodies")
            .RequireAuthorization(Permissions.Policy(Permissions.BodyRead));

    private static async Task<Ok<Paged<ListBodies.Row>>> List(
        ListBodies h, [AsParameters] ListBodies.Query q, CancellationToken ct) =>
        TypedResults.Ok(await h.HandleAsync(q, ct));

    private static async Task<Ok<GetBody.Result>> Get(GetBody h, Guid id, CancellationToken ct) =>
        TypedResults.Ok(await h.HandleAsync(id, ct));

    private static async Task<Created<CreatedId>> Create(SaveBody h, SaveBody.Request r, CancellationToken ct)
    {
        var id = await h.HandleAsync(null, r, ct);
        return CreatedAt($"/api/v1/bodies/{id}", id);
    }

    private static async Task<NoContent> Update(SaveBody h, Guid id, SaveBody.Request r, CancellationToken ct)
    {
        await h.HandleAsync(id, r, ct);
        return TypedResults.NoContent();
    }

    private static async Task<NoContent> Delete(DeleteBody h, Guid id, CancellationToken ct)
    {
        await h.HandleAsync(id, ct);
        return TypedResults.NoContent();
    }

    private static async Task<Created<CreatedId>> AddMember(
        AddBodyMember h, Guid id, AddBodyMember.Request r, CancellationToken ct) =>
        CreatedAt($"/api/v1/bodies/{id}", await h.HandleAsync(id, r, ct));

    private static async Task<Created<CreatedId>> AddUnit(
        AddMemberUnit h, Guid id, AddMemberUnit.Request r, CancellationToken ct) =>
        CreatedAt($"/api/v1/bodies/{id}", await h.HandleAsync(id, r, ct));

    private static async Task<NoContent> RemoveMember(RemoveBodyPart h, Guid id, Guid partId, CancellationToken ct)
    {
        await h.MemberAsync(id, partId, ct);
        return TypedResults.NoContent();
    }

    private static async Task<NoContent> RemoveUnit(RemoveBodyPart h, Guid id, Guid partId, CancellationToken ct)
    {
        await h.UnitAsync(id, partId, ct);
        return TypedResults.NoContent();
    }

    private static async Task<FileContentHttpResult> Export(
        ExportBodies h, [AsParameters] ListBodies.Query q, CancellationToken ct) =>
        (await h.HandleAsync(q, ct)).Download();
}
