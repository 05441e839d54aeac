using Microsoft.AspNetCore.Identity;
using Tongxin.Web.Features.Account;
using Tongxin.Web.Features.Assessment;
using Tongxin.Web.Features.Audit;
using Tongxin.Web.Features.Bodies;
using Tongxin.Web.Features.Dashboard;
using Tongxin.Web.Features.Documents;
using Tongxin.Web.Features.Duties;
using Tongxin.Web.Features.People;
using Tongxin.Web.Features.Posts;
using Tongxin.Web.Features.Regions;
using Tongxin.Web.Features.Roles;
using Tongxin.Web.Features.Users;
using Tongxin.Web.Security;

namespace Tongxin.Web.Features;

/// <summary>/api/v1: bearer tokens only (no cookies, so no cross-site request can use a browser session).</summary>
public static class Api
{
    public static void MapTongxinApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1")
            .RequireAuthorization(p => p.AddAuthenticationSchemes(IdentityConstants.BearerScheme).RequireAuthenticatedUser())
            .DisableAntiforgery();
        api.MapAuthApi();
        api.MapRegionsApi();
        api.MapBodiesApi();
        api.MapPostsApi();
        api.MapDocumentsApi();
        api.MapPeopleApi();
        api.MapPeopleRecordsApi();
        api.MapDutiesApi();
        api.MapAssessmentApi();
        api.MapUsersApi();
        api.MapRolesApi();
        api.MapAuditApi();
        api.MapGet("/dashboard", (GetDashboard h, CancellationToken ct) => h.HandleAsync(ct))
            .WithTags("Dashboard").RequireAuthorization(Permissions.Policy(Permissions.DashboardView));
    }
}
