using Microsoft.AspNetCore.Http.HttpResults;
using static Tongxin.Web.Infrastructure.EndpointConventions;

namespace Tongxin.Web.Features.Forces;

/// <summary>镇村力量: the town officers and village liaisons, and each town's and village's coverage.</summary>
public sealed class ForcesApi : IEndpointGroup
{
    public string Prefix => "/forces";
    public string Tag => "Town and village forces";

    public void MapApi(RouteGroupBuilder g)
    {
        var read = Permissions.Policy(Permissions.PeopleRead);
        var write = Permissions.Policy(Permissions.PeopleWrite);
        g.MapGet("/towns", Towns).WithName("TownCoverage").WithSummary("Each town's officers against its quota")
            .RequireAuthorization(read);
        g.MapGet("/villages", Villages).WithName("VillageCoverage").WithSummary("Each village's liaisons")
            .RequireAuthorization(read);
        g.MapGet("/towns/export", ExportTowns).WithName("ExportTownCoverage").WithSummary("The town table as Excel")
            .Produces<byte[]>(StatusCodes.Status200OK, ContentTypes.Xlsx).RequireAuthorization(read);
        g.MapGet("/villages/export", ExportVillages).WithName("ExportVillageCoverage")
            .WithSummary("The village coverage table as Excel")
            .Produces<byte[]>(StatusCodes.Status200OK, ContentTypes.Xlsx).RequireAuthorization(read);
        g.MapPost("/town-officers", AppointOfficer).WithName("AppointTownOfficer").WithSummary("Appoint a town officer")
            .ProducesWriteErrors().RequireAuthorization(write);
        g.MapPost("/village-liaisons", AssignLiaison).WithName("AssignVillageLiaison")
            .WithSummary("Assign a village liaison").ProducesWriteErrors().RequireAuthorization(write);
        g.MapPost("/{id:guid}/end", End).WithName("EndAppointment").WithSummary("End an appointment")
            .ProducesWriteErrors().RequireAuthorization(write);
    }

    public void MapDownloads(RouteGroupBuilder d)
    {
        d.MapGet("/forces-towns.xlsx", ExportTowns).WithName("DownloadTownCoverage")
            .RequireAuthorization(Permissions.Policy(Permissions.PeopleRead));
        d.MapGet("/forces-villages.xlsx", ExportVillages).WithName("DownloadVillageCoverage")
            .RequireAuthorization(Permissions.Policy(Permissions.PeopleRead));
    }

    private static async Task<FileContentHttpResult> ExportTowns(ExportForces h, CancellationToken ct) =>
        (await h.TownsAsync(ct)).Download();

    private static async Task<FileContentHttpResult> ExportVillages(
        ExportForces h, Guid? townId, CancellationToken ct) =>
        (await h.VillagesAsync(townId, ct)).Download();

    private static async Task<Ok<TownCoverage.Result>> Towns(TownCoverage h, CancellationToken ct) =>
        TypedResults.Ok(await h.HandleAsync(ct));

    private static async Task<Ok<VillageCoverage.Result>> Villages(
        VillageCoverage h, Guid? townId, CancellationToken ct) =>
        TypedResults.Ok(await h.HandleAsync(townId, ct));

    private static async Task<Created<CreatedId>> AppointOfficer(
        AppointTownOfficer h, AppointTownOfficer.Request r, CancellationToken ct)
    {
        var id = await h.HandleAsync(r, ct);
        return CreatedAt($"/api/v1/forces/town-officers/{id}", id);
    }

    private static async Task<Created<CreatedId>> AssignLiaison(
        AssignVillageLiaison h, AssignVillageLiaison.Request r, CancellationToken ct)
    {
        var id = await h.HandleAsync(r, ct);
        return CreatedAt($"/api/v1/forces/village-liaisons/{id}", id);
    }

    private static async Task<NoContent> End(EndAppointment h, Guid id, CancellationToken ct)
    {
        await h.HandleAsync(id, ct);
        return TypedResults.NoContent();
    }
}
