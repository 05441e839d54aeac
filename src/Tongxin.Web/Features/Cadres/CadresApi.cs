using Microsoft.AspNetCore.Http.HttpResults;
using static Tongxin.Web.Infrastructure.EndpointConventions;

namespace Tongxin.Web.Features.Cadres;

/// <summary>党外干部: the non-party cadres and their placements (挂职锻炼).</summary>
public sealed class CadresApi : IEndpointGroup
{
    public string Prefix => "/cadres";
    public string Tag => "Cadres";

    public void MapApi(RouteGroupBuilder g)
    {
        var write = Permissions.Policy(Permissions.PeopleWrite);
        g.MapGet("/", List).WithName("ListCadres").WithSummary("List non-party cadres")
            .RequireAuthorization(Permissions.Policy(Permissions.PeopleRead));
        g.MapGet("/export", Export).WithName("ExportCadres").WithSummary("The filtered list as Excel")
            .Produces<byte[]>(StatusCodes.Status200OK, ContentTypes.Xlsx)
            .RequireAuthorization(Permissions.Policy(Permissions.PeopleRead));
        g.MapPost("/", Create).WithName("CreateCadre").WithSummary("Record a person as a cadre").ProducesWriteErrors()
            .RequireAuthorization(write);
        g.MapPut("/{id:guid}", Update).WithName("UpdateCadre").WithSummary("Change a cadre").ProducesWriteErrors()
            .RequireAuthorization(write);
        g.MapPost("/placements", CreatePlacement).WithName("CreatePlacement").WithSummary("Record a placement")
            .ProducesWriteErrors().RequireAuthorization(write);
        g.MapPut("/placements/{id:guid}", UpdatePlacement).WithName("UpdatePlacement").WithSummary("Change a placement")
            .ProducesWriteErrors().RequireAuthorization(write);
    }

    public void MapDownloads(RouteGroupBuilder d) =>
        d.MapGet("/cadres.xlsx", Export).WithName("DownloadCadres")
            .RequireAuthorization(Permissions.Policy(Permissions.PeopleRead));

    private static async Task<FileContentHttpResult> Export(
        ExportCadres h, [AsParameters] ListCadres.Query q, CancellationToken ct) =>
        (await h.HandleAsync(q, ct)).Download();

    private static async Task<Ok<ListCadres.Result>> List(
        ListCadres h, [AsParameters] ListCadres.Query q, CancellationToken ct) =>
        TypedResults.Ok(await h.HandleAsync(q, ct));

    private static async Task<Created<CreatedId>> Create(SaveCadre h, SaveCadre.Request r, CancellationToken ct)
    {
        var id = await h.HandleAsync(null, r, ct);
        return CreatedAt($"/api/v1/cadres/{id}", id);
    }

    private static async Task<NoContent> Update(SaveCadre h, Guid id, SaveCadre.Request r, CancellationToken ct)
    {
        await h.HandleAsync(id, r, ct);
        return TypedResults.NoContent();
    }

    private static async Task<Created<CreatedId>> CreatePlacement(
        SavePlacement h, SavePlacement.Request r, CancellationToken ct)
    {
        var id = await h.HandleAsync(null, r, ct);
        return CreatedAt($"/api/v1/cadres/placements/{id}", id);
    }

    private static async Task<NoContent> UpdatePlacement(
        SavePlacement h, Guid id, SavePlacement.Request r, CancellationToken ct)
    {
        await h.HandleAsync(id, r, ct);
        return TypedResults.NoContent();
    }
}
