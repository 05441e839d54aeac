using Microsoft.AspNetCore.Http.HttpResults;
using static Tongxin.Web.Infrastructure.EndpointConventions;

namespace Tongxin.Web.Features.Friendships;

/// <summary>联谊交友: the friendship pairs and their contact records.</summary>
public sealed class FriendshipsApi : IEndpointGroup
{
    public string Prefix => "/friendships";
    public string Tag => "Friendships";

    public void MapApi(RouteGroupBuilder g)
    {
        var write = Permissions.Policy(Permissions.PeopleWrite);
        g.MapGet("/", List).WithName("ListFriendships").WithSummary("List friendship pairs")
            .RequireAuthorization(Permissions.Policy(Permissions.PeopleRead));
        g.MapGet("/export", Export).WithName("ExportFriendships").WithSummary("The filtered list as Excel")
            .Produces<byte[]>(StatusCodes.Status200OK, ContentTypes.Xlsx)
            .RequireAuthorization(Permissions.Policy(Permissions.PeopleRead));
        g.MapPost("/", Create).WithName("CreateFriendship").WithSummary("Pair a cadre with a friend")
            .ProducesWriteErrors()
            .RequireAuthorization(write);
        g.MapPost("/{id:guid}/contacts", AddContact).WithName("AddFriendshipContact").WithSummary("Record a contact")
            .ProducesWriteErrors().RequireAuthorization(write);
    }

    public void MapDownloads(RouteGroupBuilder d) =>
        d.MapGet("/friendships.xlsx", Export).WithName("DownloadFriendships")
            .RequireAuthorization(Permissions.Policy(Permissions.PeopleRead));

    private static async Task<FileContentHttpResult> Export(
        ExportFriendships h, [AsParameters] ListFriendships.Query q, CancellationToken ct) =>
        (await h.HandleAsync(q, ct)).Download();

    private static async Task<Ok<Paged<ListFriendships.Row>>> List(
        ListFriendships h, [AsParameters] ListFriendships.Query q, CancellationToken ct) =>
            TypedResults.Ok(await h.HandleAsync(q, ct));

    private static async Task<Created<CreatedId>> Create(
        SaveFriendship h, SaveFriendship.Request r, CancellationToken ct)
    {
        var id = await h.HandleAsync(r, ct);
        return CreatedAt($"/api/v1/friendships/{id}", id);
    }

    private static async Task<Created<CreatedId>> AddContact(
        AddFriendshipContact h, Guid id, AddFriendshipContact.Request r, CancellationToken ct) =>
        CreatedAt($"/api/v1/friendships/{id}", await h.HandleAsync(id, r, ct));
}
