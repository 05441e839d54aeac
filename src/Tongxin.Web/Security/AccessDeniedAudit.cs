using Tongxin.Data.Audit;

namespace Tongxin.Web.Security;

/// <summary>SEC-13: every 403 given to a signed-in user is written to the audit log.</summary>
public sealed class AccessDeniedAudit(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext http)
    {
        await next(http);
        var denied = http.Response.StatusCode == StatusCodes.Status403Forbidden ||
                     (http.Response.StatusCode == StatusCodes.Status302Found
                         && http.Response.Headers.Location.ToString().Contains("/account/denied"));
        if (denied && http.User.Identity?.IsAuthenticated == true)
        {
            var db = http.RequestServices.GetRequiredService<TongxinDb>();
            db.AddAuditEvent(AuditEvents.AccessDenied, "Endpoint", http.Request.Path.Value?.ReplaceLineEndings(" "),
                success: false, details: new { method = http.Request.Method });
            await db.SaveChangesAsync();
        }
    }
}
