using Microsoft.AspNetCore.Http.HttpResults;
using static Tongxin.Web.Infrastructure.EndpointConventions;

namespace Tongxin.Web.Features.Posts;

/// <summary>Posts (职数) of the bodies and who holds them.</summary>
public sealed class PostsApi : IEndpointGroup
{
    public string Prefix => "/posts";
    public string Tag => "Posts";

    public void MapApi(RouteGroupBuilder g)
    {
        var read = Permissions.Policy(Permissions.PostRead);
        var write = Permissions.Policy(Permissions.PostWrite);
        g.MapGet("/", List).WithName("ListPosts").WithSummary("List posts").RequireAuthorization(read);
        g.MapGet("/export", Export).WithName("ExportPosts").WithSummary("The filtered list as Excel")
            .Produces<byte[]>(StatusCodes.Status200OK, ContentTypes.Xlsx).RequireAuthorization(read);
        g.MapGet("/{id:guid}", Get).WithName("GetPost").WithSummary("One post with its holders").ProducesNotFound()
            .RequireAuthorization(read);
        g.MapPost("/", Create).WithName("CreatePost").WithSummary("Add a post").ProducesWriteErrors()
            .RequireAuthorization(write);
        g.MapPut("/{id:guid}", Update).WithName("UpdatePost").WithSummary("Change a post").ProducesWriteErrors()
            .RequireAuthorization(write);
        g.MapPost("/{id:guid}/holders", AddHolder).WithName("AddPostHolder").WithSummary("Appoint a holder")
            .ProducesWriteErrors().RequireAuthorization(write);
        g.MapDelete("/{id:guid}/holders/{holderId:guid}", RemoveHolder).WithName("RemovePostHolder")
            .WithSummary("Remove a holder").ProducesWriteErrors().RequireAuthorization(write);
    }

    public void MapDownloads(RouteGroupBuilder d) =>
        d.MapGet("/posts.xlsx", Export).WithName("DownloadPosts")
            .RequireAuthorization(Permissions.Policy(Permissions.PostRead));

    private static async Task<FileContentHttpResult> Export(
        ExportPosts h, [AsParameters] ListPosts.Query q, CancellationToken ct) =>
        (await h.HandleAsync(q, ct)).Download();

    private static async Task<Ok<Paged<ListPosts.Row>>> List(
        ListPosts h, [AsParameters] ListPosts.Query q, CancellationToken ct) =>
        TypedResults.Ok(await h.HandleAsync(q, ct));

    private static async Task<Ok<GetPost.Result>> Get(GetPost h, Guid id, CancellationToken ct) =>
        TypedResults.Ok(await h.HandleAsync(id, ct));

    private static async Task<Created<CreatedId>> Create(SavePost h, SavePost.Request r, CancellationToken ct)
    {
        var id = await h.HandleAsync(null, r, ct);
        return CreatedAt($"/api/v1/posts/{id}", id);
    }

    private static async Task<NoContent> Update(SavePost h, Guid id, SavePost.Request r, CancellationToken ct)
    {
        await h.HandleAsync(id, r, ct);
        return TypedResults.NoContent();
    }

    private static async Task<Created<CreatedId>> AddHolder(
        PostHolders h, Guid id, PostHolders.Request r, CancellationToken ct) =>
        CreatedAt($"/api/v1/posts/{id}", await h.AddAsync(id, r, ct));

    private static async Task<NoContent> RemoveHolder(PostHolders h, Guid id, Guid holderId, CancellationToken ct)
    {
        await h.RemoveAsync(id, holderId, ct);
        return TypedResults.NoContent();
    }
}
