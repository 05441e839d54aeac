using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Tongxin.Web.Components;
using Tongxin.Web.Features.Account;
using Tongxin.Web.Features.Field;

namespace Tongxin.Web.Infrastructure;

public static class Pipeline
{
    public static void UseTongxin(this WebApplication app)
    {
        app.UseForwardedClientAddress();
        app.UseServerTiming(app.Services.GetRequiredService<IOptions<TongxinOptions>>().Value);
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        if (!app.Environment.IsDevelopment()) app.UseHsts();
        app.UseSecurityHeaders();
        app.UseRequestLocalization();
        app.MapStaticAssets().AllowAnonymous()
            .WithMetadata(new AnonymousAllowed("public static files: styles and scripts"));
        app.UseAuthentication();
        app.UseRateLimiter();
        app.UseMiddleware<ApiNotFound>();
        app.UseMiddleware<AccessDeniedAudit>();
        app.UseAuthorization();
        app.UseMiddleware<BearerStampCheck>();
        app.UseMiddleware<MustChangePasswordMiddleware>();
        app.UseMiddleware<TwoFactorRequirement>();
        app.UsePhoneLanding();
        app.UseMiddleware<PageQueryGuard>();
        app.UseAntiforgery();
        app.UseMiddleware<RefusedFormPage>();

        app.MapOpenApi().RequireAuthorization(p => p
            .AddAuthenticationSchemes(IdentityConstants.ApplicationScheme, IdentityConstants.BearerScheme)
                .RequireAuthenticatedUser());
        app.MapTongxinHealth();
        app.MapEndpointGroups();
        app.MapAccountEndpoints();
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
    }
}
