using System.Reflection;
using Microsoft.AspNetCore.Identity;

namespace Tongxin.Web.Infrastructure;

/// <summary>
/// A feature's endpoints, declared in the feature's own folder and found by reflection (as handlers are), so a
/// new module adds its routes without editing a central list.
/// </summary>
public interface IEndpointGroup
{
    /// <summary>The route prefix under <c>/api/v1</c>, e.g. <c>/people</c>.</summary>
    string Prefix { get; }

    /// <summary>The OpenAPI tag of every endpoint of the group.</summary>
    string Tag { get; }

    /// <summary>
    /// Maps the API endpoints on a group that already carries the prefix, the tag and bearer sign-in.
    /// </summary>
    void MapApi(RouteGroupBuilder group);

    /// <summary>
    /// Maps the signed-in back office's file links under <c>/download</c> (cookie); most groups have none.
    /// </summary>
    void MapDownloads(RouteGroupBuilder downloads) { }
}

public static class EndpointGroups
{
    /// <summary>Every endpoint group of the app, in a stable order.</summary>
    public static IReadOnlyList<IEndpointGroup> All { get; } = [.. Assembly.GetExecutingAssembly().GetTypes()
        .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IEndpointGroup).IsAssignableFrom(t))
        .OrderBy(t => t.FullName, StringComparer.Ordinal)
        .Select(t => (IEndpointGroup)Activator.CreateInstance(t)!)];

    /// <summary>
    /// <c>/api/v1</c> takes bearer tokens only (no cookies, so no cross-site request can use a browser session);
    /// <c>/download</c> is the back office's cookie, for links a person clicks.
    /// </summary>
    public static void MapEndpointGroups(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1")
            .RequireAuthorization(p => p.AddAuthenticationSchemes(IdentityConstants.BearerScheme)
                .RequireAuthenticatedUser())
            .DisableAntiforgery()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);
        var downloads = app.MapGroup("/download")
            .RequireAuthorization(p => p.AddAuthenticationSchemes(IdentityConstants.ApplicationScheme)
                .RequireAuthenticatedUser())
            .ExcludeFromDescription();
        foreach (var group in All)
        {
            group.MapApi(api.MapGroup(group.Prefix).WithTags(group.Tag));
            group.MapDownloads(downloads);
        }
    }
}
