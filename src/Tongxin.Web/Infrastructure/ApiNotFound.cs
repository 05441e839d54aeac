using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace Tongxin.Web.Infrastructure;

/// <summary>
/// An /api/v1 path that matches no endpoint fell to the fallback policy, whose cookie scheme answered 401 even
/// to a valid token. A signed-in client is told the truth: 404 ProblemDetails. Anonymous callers still get 401,
/// and a known path with the wrong verb keeps its 405.
/// </summary>
public sealed class ApiNotFound(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext http, IProblemDetailsService problems)
    {
        if (http.GetEndpoint() is null && http.Request.Path.StartsWithSegments("/api/v1")
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
