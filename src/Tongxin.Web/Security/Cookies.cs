using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;

namespace Tongxin.Web.Security;

/// <summary>
/// SEC-3 and SEC-20: 20 minutes idle, 8 hours absolute, HttpOnly, SameSite=Strict; API paths get 401/403, not
/// redirects.
/// </summary>
public static class Cookies
{
    public const string SignedInAt = "signed_in_utc";
    public static readonly TimeSpan Absolute = TimeSpan.FromHours(8);

    public static void Configure(CookieAuthenticationOptions o)
    {
        o.Cookie.Name = "tongxin.auth";
        o.Cookie.HttpOnly = true;
        o.Cookie.SameSite = SameSiteMode.Strict;
        o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        o.ExpireTimeSpan = TimeSpan.FromMinutes(20);
        o.SlidingExpiration = true;
        o.LoginPath = "/account/login";
        o.AccessDeniedPath = "/account/denied";
        o.Events.OnRedirectToLogin = ctx => Redirect(ctx, StatusCodes.Status401Unauthorized);
        o.Events.OnRedirectToAccessDenied = ctx => Redirect(ctx, StatusCodes.Status403Forbidden);
        o.Events.OnValidatePrincipal = async ctx =>
        {
            var clock = ctx.HttpContext.RequestServices.GetRequiredService<TimeProvider>();
            if (ctx.Properties.Items.TryGetValue(SignedInAt, out var at) && DateTime.TryParse(at, null,
                    System.Globalization.DateTimeStyles.RoundtripKind, out var signedIn) &&
                clock.GetUtcNow().UtcDateTime - signedIn > Absolute)
            {
                ctx.RejectPrincipal();
                return;
            }
            await SecurityStampValidator.ValidatePrincipalAsync(ctx);
        };
    }

    private static Task Redirect(
        Microsoft.AspNetCore.Authentication.RedirectContext<CookieAuthenticationOptions> ctx, int status)
    {
        if (ctx.Request.Path.StartsWithSegments("/api") || ctx.Request.Path.StartsWithSegments("/openapi"))
            ctx.Response.StatusCode = status;
        else
            ctx.Response.Redirect(ctx.RedirectUri);
        return Task.CompletedTask;
    }
}
