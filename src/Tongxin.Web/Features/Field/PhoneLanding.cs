using Tongxin.Web.Components.Layout;

namespace Tongxin.Web.Features.Field;

/// <summary>
/// Where "/" leads: 村居双员 and 镇街统战干事 work in the field, so their home is the phone's field home (/m);
/// everyone else keeps the desktop dashboard. The rule is by role, not by user agent, so a town officer at a desk
/// and one in WeChat land on the same page. The choice can be changed either way and is remembered in a cookie:
/// <c>/?view=desktop</c> (the phone header's 电脑版 link) and <c>/m?view=phone</c>.
/// </summary>
public sealed class PhoneLanding(RequestDelegate next)
{
    public const string Cookie = "tx-view";
    public const string Desktop = "desktop", Phone = "phone";

    public Task InvokeAsync(HttpContext http)
    {
        if (!HttpMethods.IsGet(http.Request.Method)) return next(http);
        var path = http.Request.Path;
        var asked = http.Request.Query["view"].ToString();
        if (path == "/" || path == PhonePages.Root)
            Remember(http, asked);
        if (path == "/" && http.User.Identity?.IsAuthenticated == true && WantsPhone(http, asked))
        {
            http.Response.Redirect(PhonePages.Root);
            return Task.CompletedTask;
        }
        return next(http);
    }

    private static bool WantsPhone(HttpContext http, string asked)
    {
        var choice = asked is Desktop or Phone ? asked : http.Request.Cookies[Cookie];
        return choice == Phone || (choice != Desktop && IsFieldRole(http));
    }

    public static bool IsFieldRole(HttpContext http) =>
        http.User.IsInRole(Security.Roles.VillageOfficer) || http.User.IsInRole(Security.Roles.TownOfficer);

    private static void Remember(HttpContext http, string asked)
    {
        if (asked is not (Desktop or Phone)) return;
        http.Response.Cookies.Append(Cookie, asked, new CookieOptions
        {
            HttpOnly = true, Secure = http.Request.IsHttps, SameSite = SameSiteMode.Lax, IsEssential = true,
            MaxAge = TimeSpan.FromDays(365),
        });
    }
}

public static class PhoneLandingSetup
{
    public static IApplicationBuilder UsePhoneLanding(this IApplicationBuilder app) =>
        app.UseMiddleware<PhoneLanding>();
}
