using System.Security.Claims;

namespace Tongxin.Web.Security;

/// <summary>
/// SEC-4: the three administrators and anyone who may see sensitive fields or reveal ID numbers and phones must use
/// a second factor. Until they enrol (the claim <see cref="ClaimsFactory.MustEnrolTwoFactor"/>, set only when
/// Tongxin:Security:RequireTwoFactor is on) they can do nothing but enrol, after changing a one-time password first.
/// </summary>
public sealed class TwoFactorRequirement(RequestDelegate next)
{
    public const string PagePath = "/account/security";
    public const string ApiPath = "/api/v1/auth/two-factor";

    private static readonly string[] Roles = [Security.Roles.SystemAdmin, Security.Roles.SecurityAdmin,
        Security.Roles.AuditAdmin];
    private static readonly string[] SensitivePermissions = [Permissions.PeopleSensitive, Permissions.PeopleReveal];

    private static readonly string[] Allowed =
    [
        PagePath, ApiPath, MustChangePasswordMiddleware.PagePath, MustChangePasswordMiddleware.ApiPath,
        "/api/v1/auth/me", "/account/logout", "/account/culture",
        "/_framework", "/_content", "/_blazor", "/css", "/favicon",
    ];

    public static bool Applies(ClaimsIdentity id) =>
        Roles.Any(r => id.HasClaim(id.RoleClaimType, r))
        || SensitivePermissions.Any(p => id.HasClaim(Permissions.ClaimType, p));

    public async Task InvokeAsync(HttpContext http)
    {
        if (http.User.HasClaim(ClaimsFactory.MustEnrolTwoFactor, "1") &&
            !Allowed.Any(p => http.Request.Path.StartsWithSegments(p)))
        {
            if (http.Request.Path.StartsWithSegments("/api"))
            {
                http.Response.StatusCode = StatusCodes.Status403Forbidden;
                await http.Response.WriteAsJsonAsync(new
                {
                    title = Loc.T("您的角色须先启用两步验证（GET/POST /api/v1/auth/two-factor）",
                        "Your role must turn on two-step verification first (GET/POST /api/v1/auth/two-factor)"),
                    status = 403,
                }, (System.Text.Json.JsonSerializerOptions?)null, "application/problem+json");
                return;
            }
            http.Response.Redirect(PagePath);
            return;
        }
        await next(http);
    }
}
