using Tongxin.Web.Security;

namespace Tongxin.Web.Features.Regions;

public static class RegionsApi
{
    public static void MapRegionsApi(this RouteGroupBuilder api)
    {
        var g = api.MapGroup("/regions").WithTags("Regions");
        g.MapGet("/", (ListRegions h, [AsParameters] ListRegions.Query q, CancellationToken ct) => h.HandleAsync(q, ct))
            .RequireAuthorization(Permissions.Policy(Permissions.RegionRead));
        g.MapGet("/{id:guid}", (GetRegion h, Guid id, CancellationToken ct) => h.HandleAsync(id, ct))
            .RequireAuthorization(Permissions.Policy(Permissions.RegionRead));
        g.MapPost("/", async (CreateRegion h, CreateRegion.Request r, CancellationToken ct) =>
            {
                var row = await h.HandleAsync(r, ct);
                return TypedResults.Created($"/api/v1/regions/{row.Id}", row);
            })
            .RequireAuthorization(Permissions.Policy(Permissions.RegionWrite));
    }
}
