namespace Tongxin.Web.Infrastructure;

/// <summary>SEC-20: the same headers on every response; pages and API answers are never cached.</summary>
public static class SecurityHeaders
{
    private const string Csp =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; " +
        "font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; " +
        "frame-ancestors 'none'; manifest-src 'self'; worker-src 'self'";

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) => app.Use(async (http, next) =>
    {
        http.Response.OnStarting(() =>
        {
            var h = http.Response.Headers;
            h.ContentSecurityPolicy = Csp;
            h.XContentTypeOptions = "nosniff";
            h["Referrer-Policy"] = "no-referrer";
            h.XFrameOptions = "DENY";
            h["Permissions-Policy"] = "camera=(), microphone=(), geolocation=()";
            var path = http.Request.Path;
            if (!path.StartsWithSegments("/_content") && !path.StartsWithSegments("/_framework")
                && !path.StartsWithSegments("/css") && !path.StartsWithSegments("/icons"))
            {
                h.CacheControl = "no-store";
                h.Pragma = "no-cache";
            }
            return Task.CompletedTask;
        });
        await next();
    });
}
