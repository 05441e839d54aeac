using Microsoft.AspNetCore.Http.HttpResults;
using Tongxin.Web.Infrastructure.Uploads;
using static Tongxin.Web.Infrastructure.EndpointConventions;

namespace Tongxin.Web.Features.Liaison;

/// <summary>联系安排, 调研督查, the 整改事项 ledger and the 同心联盟 (LIA-1..4).</summary>
public sealed class LiaisonApi : IEndpointGroup
{
    public string Prefix => "/liaison";
    public string Tag => "Liaison";

    public void MapApi(RouteGroupBuilder g)
    {
        var read = Permissions.Policy(Permissions.LiaisonRead);
        var write = Permissions.Policy(Permissions.LiaisonWrite);
        g.MapGet("/assignments", Assignments).WithName("ListLiaisonAssignments")
            .WithSummary("One row per town with its liaison cadre for a year").RequireAuthorization(read);
        g.MapGet("/assignments/export", ExportAssignments).WithName("ExportLiaisonAssignments")
            .WithSummary("The year's assignments as Excel").Produces<byte[]>(StatusCodes.Status200OK, ContentTypes.Xlsx)
            .RequireAuthorization(read);
        g.MapPost("/assignments", Assign).WithName("CreateLiaisonAssignment")
            .WithSummary("Assign a liaison cadre to a town").ProducesWriteErrors().RequireAuthorization(write);
        g.MapPut("/assignments/{id:guid}", Reassign).WithName("UpdateLiaisonAssignment")
            .WithSummary("Change a town's liaison cadre").ProducesWriteErrors().RequireAuthorization(write);
        g.MapPost("/assignments/copy", Copy).WithName("CopyLiaisonAssignments")
            .WithSummary("Copy last year's assignments to a new year").ProducesWriteErrors()
            .RequireAuthorization(write);

        g.MapGet("/visits", Visits).WithName("ListVisits").WithSummary("List visits").RequireAuthorization(read);
        g.MapGet("/visits/export", ExportVisits).WithName("ExportVisits").WithSummary("The filtered visits as Excel")
            .Produces<byte[]>(StatusCodes.Status200OK, ContentTypes.Xlsx).RequireAuthorization(read);
        g.MapGet("/visits/{id:guid}", Visit).WithName("GetVisit").WithSummary("A visit with its rectification items")
            .ProducesNotFound().RequireAuthorization(read);
        g.MapPost("/visits", RecordVisit).WithName("RecordVisit").WithSummary("Record a visit")
            .ProducesWriteErrors().RequireAuthorization(write);
        g.MapPost("/visits/{id:guid}/rectifications", AddItem).WithName("AddRectification")
            .WithSummary("Open a rectification item (建账)").ProducesWriteErrors().RequireAuthorization(write);

        g.MapGet("/rectifications", Items).WithName("ListRectifications").WithSummary("The rectification ledger")
            .RequireAuthorization(read);
        g.MapGet("/rectifications/export", ExportItems).WithName("ExportRectifications")
            .WithSummary("The filtered ledger as Excel").Produces<byte[]>(StatusCodes.Status200OK, ContentTypes.Xlsx)
            .RequireAuthorization(read);
        g.MapPost("/rectifications/{id:guid}/check", CheckItem).WithName("CheckRectification")
            .WithSummary("Report progress (对账)").ProducesWriteErrors().RequireAuthorization(write);
        g.MapPost("/rectifications/{id:guid}/close", CloseItem).WithName("CloseRectification")
            .WithSummary("Sign off a checked item with evidence (销账)").ProducesWriteErrors()
            .RequireAuthorization(write);
        g.MapPost("/rectifications/{id:guid}/files", Attach).WithName("AttachRectificationFile")
            .WithSummary("Add an evidence file to a rectification item").AcceptsUpload(EvidenceFiles.MaxBytes)
            .ProducesWriteErrors().RequireAuthorization(write);

        g.MapGet("/alliance", Alliance).WithName("ListAlliance").WithSummary("Partners and their pairs")
            .RequireAuthorization(read);
        g.MapPost("/alliance/partners", AddPartner).WithName("CreateAlliancePartner")
            .WithSummary("Register an alliance partner").ProducesWriteErrors().RequireAuthorization(write);
        g.MapPost("/alliance/pairs", AddPair).WithName("CreateAlliance")
            .WithSummary("Pair a partner with a town or village").ProducesWriteErrors().RequireAuthorization(write);
        g.MapPost("/alliance/pairs/{id:guid}/activities", AddJoint).WithName("RecordAllianceActivity")
            .WithSummary("Record a joint activity (三联三访)").ProducesWriteErrors().RequireAuthorization(write);
    }

    public void MapDownloads(RouteGroupBuilder d)
    {
        var read = Permissions.Policy(Permissions.LiaisonRead);
        d.MapGet("/liaison-assignments.xlsx", ExportAssignments).WithName("DownloadLiaisonAssignments")
            .RequireAuthorization(read);
        d.MapGet("/liaison-visits.xlsx", ExportVisits).WithName("DownloadVisits").RequireAuthorization(read);
        d.MapGet("/liaison-rectifications.xlsx", ExportItems).WithName("DownloadRectifications")
            .RequireAuthorization(read);
    }

    private static async Task<Ok<IReadOnlyList<ListAssignments.Row>>> Assignments(
        ListAssignments h, [AsParameters] ListAssignments.Query q, CancellationToken ct) =>
        TypedResults.Ok(await h.HandleAsync(q, ct));

    private static async Task<FileContentHttpResult> ExportAssignments(
        ExportAssignments h, [AsParameters] ListAssignments.Query q, CancellationToken ct) =>
        (await h.HandleAsync(q, ct)).Download();

    private static async Task<Created<CreatedId>> Assign(
        SaveAssignment h, SaveAssignment.Request r, CancellationToken ct)
    {
        var id = await h.HandleAsync(null, r, ct);
        return CreatedAt($"/api/v1/liaison/assignments?year={r.Year}", id);
    }

    private static async Task<NoContent> Reassign(
        SaveAssignment h, Guid id, SaveAssignment.Request r, CancellationToken ct)
    {
        await h.HandleAsync(id, r, ct);
        return TypedResults.NoContent();
    }

    private static async Task<Ok<CopyResult>> Copy(CopyAssignments h, CopyAssignments.Request r,
        CancellationToken ct) => TypedResults.Ok(new CopyResult(await h.HandleAsync(r, ct)));

    /// <summary>How many assignments were copied.</summary>
    public sealed record CopyResult(int Copied);

    private static async Task<Ok<Paged<ListVisits.Row>>> Visits(
        ListVisits h, [AsParameters] ListVisits.Query q, CancellationToken ct) =>
        TypedResults.Ok(await h.HandleAsync(q, ct));

    private static async Task<FileContentHttpResult> ExportVisits(
        ExportVisits h, [AsParameters] ListVisits.Query q, CancellationToken ct) =>
        (await h.HandleAsync(q, ct)).Download();

    private static async Task<Ok<GetVisit.Detail>> Visit(GetVisit h, Guid id, CancellationToken ct) =>
        TypedResults.Ok(await h.HandleAsync(id, ct));

    private static async Task<Created<CreatedId>> RecordVisit(
        RecordVisit h, RecordVisit.Request r, CancellationToken ct)
    {
        var id = await h.HandleAsync(r, ct);
        return CreatedAt($"/api/v1/liaison/visits/{id}", id);
    }

    private static async Task<Created<CreatedId>> AddItem(
        AddRectification h, Guid id, AddRectification.Request r, CancellationToken ct) =>
        CreatedAt($"/api/v1/liaison/visits/{id}", await h.HandleAsync(id, r, ct));

    private static async Task<Ok<Paged<ListRectifications.Row>>> Items(
        ListRectifications h, [AsParameters] ListRectifications.Query q, CancellationToken ct) =>
        TypedResults.Ok(await h.HandleAsync(q, ct));

    private static async Task<FileContentHttpResult> ExportItems(
        ExportRectifications h, [AsParameters] ListRectifications.Query q, CancellationToken ct) =>
        (await h.HandleAsync(q, ct)).Download();

    private static async Task<NoContent> CheckItem(
        CheckRectification h, Guid id, CheckRectification.Request r, CancellationToken ct)
    {
        await h.HandleAsync(id, r, ct);
        return TypedResults.NoContent();
    }

    private static async Task<NoContent> CloseItem(CloseRectification h, Guid id, CancellationToken ct)
    {
        await h.HandleAsync(id, ct);
        return TypedResults.NoContent();
    }

    private static async Task<Created<CreatedId>> Attach(
        AttachRectificationFile h, Guid id, IFormFile file, CancellationToken ct)
    {
        await using var stream = file.OpenReadStream();
        return CreatedAt($"/api/v1/liaison/rectifications/{id}", await h.HandleAsync(id, file.FileName, stream, ct));
    }

    private static async Task<Ok<ListAlliance.Result>> Alliance(ListAlliance h, CancellationToken ct) =>
        TypedResults.Ok(await h.HandleAsync(ct));

    private static async Task<Created<CreatedId>> AddPartner(
        SavePartner h, SavePartner.Request r, CancellationToken ct) =>
        CreatedAt("/api/v1/liaison/alliance", await h.HandleAsync(r, ct));

    private static async Task<Created<CreatedId>> AddPair(
        SaveAlliance h, SaveAlliance.Request r, CancellationToken ct) =>
        CreatedAt("/api/v1/liaison/alliance", await h.HandleAsync(r, ct));

    private static async Task<Created<CreatedId>> AddJoint(
        RecordAllianceActivity h, Guid id, RecordAllianceActivity.Request r, CancellationToken ct)
    {
        var activity = await h.HandleAsync(id, r, ct);
        return CreatedAt($"/api/v1/activities/{activity}", activity);
    }
}
