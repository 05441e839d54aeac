using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace Tongxin.Web.Infrastructure;

/// <summary>
/// An /api/v1 path that matches no endpoint fell to the fallback policy, whose cookie scheme answered 401 even
/// to a valid token. A signed-in client is told the truth: 404 ProblemDetails. Anonymous callers still get 401.
/// A known path with the wrong verb routes to the framework's 405 endpoint, which carries no authorization of its
/// own and so met the same cookie-only fallback: a signed-in client gets its 405 (with Allow) instead.
/// </summary>
public sealed class ApiNotFound(RequestDelegate next)
{
    // Routing's endpoint for "path known, verb not"; its display name is the only public mark it carries.
    private const string MethodNotAllowedEndpoint = "405 HTTP Method Not Supported";

    public async Task InvokeAsync(HttpContext http, IProblemDetailsService problems)
    {
        var endpoint = http.GetEndpoint();
        if (endpoint?.DisplayName == MethodNotAllowedEndpoint && endpoint.RequestDelegate is { } answer405
            && http.Request.Path.StartsWithSegments("/api/v1")
            && (await http.AuthenticateAsync(IdentityConstants.BearerScheme)).Succeeded)
        {
            await answer405(http);
            return;
        }
        if (endpoint is null && http.Request.Path.StartsWithSegments("/api/v1")
            && (await http.AuthenticateAsync(IdentityConstants.BearerScheme)).Succeeded)
        {
            http.Response.StatusCode = StatusCodes.Status404NotFound;
            await problems.WriteAsync(new ProblemDetailsContext
            {
                HttpContext = http,
                ProblemDetails = new ProblemDetails
                {
                    Status = StatusCodes.Status404NotFound,
                    Title = Loc.T("接口不存在", "No such API endpoint"),
                },
            });
            return;
        }
        await next(http);
    }
}
