using Tongxin.Web.Infrastructure;
using Tongxin.Web.Security;

namespace Tongxin.Web.Features.Posts;

public static class PostsApi
{
    public static void MapPostsApi(this RouteGroupBuilder api)
    {
        var g = api.MapGroup("/posts").WithTags("Posts");
        var read = Permissions.Policy(Permissions.PostRead);
        var write = Permissions.Policy(Permissions.PostWrite);
        g.MapGet("/", (ListPosts h, [AsParameters] ListPosts.Query q, CancellationToken ct) => h.HandleAsync(q, ct)).RequireAuthorization(read);
        g.MapGet("/{id:guid}", (GetPost h, Guid id, CancellationToken ct) => h.HandleAsync(id, ct)).RequireAuthorization(read);
        g.MapCreate<SavePost, SavePost.Request>("/", "/api/v1/posts", (h, r, ct) => h.HandleAsync(null, r, ct)).RequireAuthorization(write);
        g.MapUpdate<SavePost, SavePost.Request>("/{id:guid}", (h, id, r, ct) => h.HandleAsync(id, r, ct)).RequireAuthorization(write);
        g.MapPost("/{id:guid}/holders", async (PostHolders h, Guid id, PostHolders.Request r, CancellationToken ct) =>
            TypedResults.Created($"/api/v1/posts/{id}", new { id = await h.AddAsync(id, r, ct) })).RequireAuthorization(write);
        g.MapDelete("/{id:guid}/holders/{holderId:guid}", async (PostHolders h, Guid id, Guid holderId, CancellationToken ct) =>
        {
            await h.RemoveAsync(id, holderId, ct);
            return TypedResults.NoContent();
        }).RequireAuthorization(write);
    }
}
