using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Tongxin.Web.Security;

namespace Tongxin.Web.Features.Account;

/// <summary>Bearer tokens for the mobile/WeChat clients (SYS-3); the same sign-in rules as the page.</summary>
public static class AuthApi
{
    public static void MapAuthApi(this RouteGroupBuilder api)
    {
        var g = api.MapGroup("/auth").WithTags("Auth");
        g.MapPost("/token", async Task<IResult> (SignIn h, SignIn.Request r) =>
        {
            var error = await h.HandleAsync(r, IdentityConstants.BearerScheme);
            return error is null ? Results.Empty : TypedResults.Problem(title: error, statusCode: StatusCodes.Status401Unauthorized);
        }).AllowAnonymous().RequireRateLimiting("sign-in").WithMetadata(new AnonymousAllowed("sign-in"));
        g.MapPost("/change-password", async (ChangePassword h, ClaimsPrincipal user, ChangePassword.Request r) =>
        {
            await h.HandleAsync(user.FindFirstValue(ClaimTypes.NameIdentifier)!, r);
            return TypedResults.NoContent();
        }).RequireAuthorization();
        g.MapGet("/me", (ClaimsPrincipal user) => new
        {
            userName = user.Identity!.Name, displayName = user.DisplayName(), nodePath = user.NodePath(),
            roles = user.FindAll(ClaimTypes.Role).Select(c => c.Value), permissions = user.FindAll(Permissions.ClaimType).Select(c => c.Value),
        }).RequireAuthorization();
    }
}
