using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Localization;
using Tongxin.Data.Audit;

namespace Tongxin.Web.Features.Account;

/// <summary>Form posts of the back office that are not pages: sign-out and the language switch (SEC-19: POST
/// only).</summary>
public static class AccountEndpoints
{
    public static void MapAccountEndpoints(this IEndpointRouteBuilder app)
    {
        var g = app.MapGroup("/account");
        g.MapPost("/logout", async (HttpContext http, IAntiforgery antiforgery, SignInManager<AppUser> signIn,
            TongxinDb db) =>
        {
            // A cross-site form must not be able to sign the user out (SEC-19); the layout's form carries the token.
            if (!await antiforgery.IsRequestValidAsync(http)) return Results.BadRequest();
            db.AddAuditEvent(AuditEvents.SignOut, nameof(AppUser), db.CurrentUser.UserId, db.CurrentUser.ScopePath);
            await db.SaveChangesAsync();
            await signIn.SignOutAsync();
            return Results.LocalRedirect("/account/login");
        }).RequireAuthorization();
        g.MapPost("/culture", (HttpContext http, string? culture, string? returnUrl) =>
        {
            var c = culture == Loc.English ? Loc.English : Loc.Chinese;
            http.Response.Cookies.Append(CookieRequestCultureProvider.DefaultCookieName,
                CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(c)),
                new CookieOptions
                {
                    HttpOnly = true, SameSite = SameSiteMode.Strict, IsEssential = true,
                    MaxAge = TimeSpan.FromDays(365)
                });
            return Results.LocalRedirect(LocalUrl.OrHome(returnUrl));
        }).AllowAnonymous().DisableAntiforgery().WithMetadata(new AnonymousAllowed("language preference cookie only"));
    }
}

/// <summary>Marks an endpoint or page that is anonymous on purpose; the architecture test allow-lists these
/// (SEC-7).</summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method)]
public sealed class AnonymousAllowed(string why) : Attribute
{
    public string Why { get; } = why;
}
