using Microsoft.AspNetCore.Http.HttpResults;

namespace Tongxin.Web.Features.Dashboard;

/// <summary>The figures of the landing page.</summary>
public sealed class DashboardApi : IEndpointGroup
{
    public string Prefix => "/dashboard";
    public string Tag => "Dashboard";

    public void MapApi(RouteGroupBuilder g) =>
        g.MapGet("/", Get).WithName("GetDashboard").WithSummary("Counts and tallies in the user's scope")
            .RequireAuthorization(Permissions.Policy(Permissions.DashboardView));

    private static async Task<Ok<GetDashboard.Result>> Get(GetDashboard h, CancellationToken ct) =>
        TypedResults.Ok(await h.HandleAsync(ct));
}
