using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using System.Collections.Concurrent;

namespace Tongxin.Web.Security;

/// <summary>
/// SEC-3 for API tokens: a bearer token carries the security stamp of its sign-in. Once a minute per user the
/// stamp is compared with the database, so disabling a user or changing a password ends their tokens too.
/// </summary>
public sealed class BearerStampCheck(RequestDelegate next, TimeProvider clock)
{
    private static readonly TimeSpan Interval = TimeSpan.FromMinutes(1);
    private readonly ConcurrentDictionary<string, (bool Valid, DateTimeOffset At)> _checked = new();

    public async Task InvokeAsync(HttpContext http, SignInManager<AppUser> signIn)
    {
        // The API accepts bearer tokens only, so every signed-in /api request carries one.
        if (http.Request.Path.StartsWithSegments("/api") && http.User.Identity?.IsAuthenticated == true
            && http.User.FindFirstValue(ClaimTypes.NameIdentifier) is { } id)
        {
            var stamp = http.User.FindFirstValue(signIn.Options.ClaimsIdentity.SecurityStampClaimType) ?? "";
            var key = id + ":" + stamp;
            var now = clock.GetUtcNow();
            if (!_checked.TryGetValue(key, out var entry) || now - entry.At > Interval)
            {
                if (_checked.Count > 50_000) _checked.Clear();
                entry = (await signIn.ValidateSecurityStampAsync(http.User) is { IsDisabled: false }, now);
                _checked[key] = entry;
            }
            var valid = entry.Valid;
            if (!valid)
            {
                http.Response.StatusCode = StatusCodes.Status401Unauthorized;
                await http.Response.WriteAsJsonAsync(new
                {
                    title = Loc.T("登录已失效，请重新登录",
                    "Your sign-in has expired; sign in again"), status = 401
                },
                    (System.Text.Json.JsonSerializerOptions?)null, "application/problem+json");
                return;
            }
        }
        await next(http);
    }
}
