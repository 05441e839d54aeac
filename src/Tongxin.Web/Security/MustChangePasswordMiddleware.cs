namespace Tongxin.Web.Security;

/// <summary>SEC-1/SEC-5: a user with a one-time or expired password can do nothing but change it.</summary>
public sealed class MustChangePasswordMiddleware(RequestDelegate next)
{
    public const string PagePath = "/account/change-password";
    public const string ApiPath = "/api/v1/auth/change-password";

    private static readonly string[] Allowed =
    [
        PagePath, ApiPath, "/api/v1/auth/me", "/account/logout", "/account/culture",
        "/_framework", "/_content", "/_blazor", "/css", "/favicon",
    ];

    public async Task InvokeAsync(HttpContext http)
    {
        if (http.User.HasClaim(ClaimsFactory.MustChangePassword, "1") &&
            !Allowed.Any(p => http.Request.Path.StartsWithSegments(p)))
        {
            if (http.Request.Path.StartsWithSegments("/api"))
            {
                http.Response.StatusCode = StatusCodes.Status403Forbidden;
                await http.Response.WriteAsJsonAsync(new
                {
                    title = Loc.T("请先修改初始密码",
                    "Change your initial password first"), status = 403
                },
                    (System.Text.Json.JsonSerializerOptions?)null, "application/problem+json");
                return;
            }
            http.Response.Redirect(PagePath);
            return;
        }
        await next(http);
    }
}
