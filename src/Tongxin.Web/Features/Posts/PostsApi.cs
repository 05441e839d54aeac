using Tongxin.Web.Security;

namespace Tongxin.Web.Features.Posts;

public static class PostsApi
{
    public static void MapPostsApi(this RouteGroupBuilder api)
    {
        var g = api.MapGroup("/posts").WithTags("Posts").RequireAuthorization(Permissions.Policy(Permissions.PostRead));
        g.MapGet("/", (ListPosts h, [AsParameters] ListPosts.Query q, CancellationToken ct) => h.HandleAsync(q, ct));
        g.MapGet("/{id:guid}", (GetPost h, Guid id, CancellationToken ct) => h.HandleAsync(id, ct));
    }
}
