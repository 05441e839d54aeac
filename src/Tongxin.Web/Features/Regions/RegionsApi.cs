using Microsoft.AspNetCore.Http.HttpResults;

namespace Tongxin.Web.Features.Regions;

/// <summary>The region tree: province down to village.</summary>
public sealed class RegionsApi : IEndpointGroup
{
    public string Prefix => "/regions";
    public string Tag => "Regions";

    public void MapApi(RouteGroupBuilder g)
    {
        var read = Permissions.Policy(Permissions.RegionRead);
        g.MapGet("/", List).WithName("ListRegions").WithSummary("List regions").RequireAuthorization(read);
        g.MapGet("/export", Export).WithName("ExportRegions").WithSummary("The filtered list as Excel")
            .Produces<byte[]>(StatusCodes.Status200OK, ContentTypes.Xlsx).RequireAuthorization(read);
        g.MapGet("/{id:guid}", Get).WithName("GetRegion").WithSummary("One region with its ancestors and children")
            .ProducesNotFound().RequireAuthorization(read);
        g.MapPost("/", Create).WithName("CreateRegion").WithSummary("Add a region below one in scope")
            .ProducesWriteErrors()
            .RequireAuthorization(Permissions.Policy(Permissions.RegionWrite));
    }

    public void MapDownloads(RouteGroupBuilder d) =>
        d.MapGet("/regions.xlsx", Export).WithName("DownloadRegions")
            .RequireAuthorization(Permissions.Policy(Permissions.RegionRead));

    private static async Task<FileContentHttpResult> Export(
        ExportRegions h, [AsParameters] ListRegions.Query q, CancellationToken ct) =>
        (await h.HandleAsync(q, ct)).Download();

    private static async Task<Ok<Paged<RegionRow>>> List(
        ListRegions h, [AsParameters] ListRegions.Query q, CancellationToken ct) =>
        TypedResults.Ok(await h.HandleAsync(q, ct));

    private static async Task<Ok<GetRegion.Result>> Get(GetRegion h, Guid id, CancellationToken ct) =>
        TypedResults.Ok(await h.HandleAsync(id, ct));

    private static async Task<Created<RegionRow>> Create(CreateRegion h, CreateRegion.Request r, CancellationToken ct)
    {
        var row = await h.HandleAsync(r, ct);
        return TypedResults.Created($"/api/v1/regions/{row.Id}", row);
    }
}
