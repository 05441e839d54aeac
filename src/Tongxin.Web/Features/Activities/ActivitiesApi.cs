using Microsoft.AspNetCore.Http.HttpResults;
using Tongxin.Web.Features.People;
using static Tongxin.Web.Infrastructure.EndpointConventions;

namespace Tongxin.Web.Features.Activities;

/// <summary>Activities and their evidence files over the API (OBL-1..3); the pages call the same handlers.</summary>
public sealed class ActivitiesApi : IEndpointGroup
{
    public string Prefix => "/activities";
    public string Tag => "Activities";

    public sealed record Participant(Guid Id, string Name);

    /// <summary>One activity as the API shows it: the record, whom it was for, who took part and its files.</summary>
    public sealed record View(
        Guid Id, DateOnly Date, string Type, Guid? BodyId, Guid? PersonId, Guid NodeId, string Topic,
        string? Minutes, Guid? MemberUnitId, string Owner, bool HasEvidence, long Version,
        IEnumerable<Participant> Participants, IReadOnlyList<GetActivity.File> Files);

    public void MapApi(RouteGroupBuilder g)
    {
        var read = Permissions.Policy(Permissions.ActivityRead);
        var write = Permissions.Policy(Permissions.ActivityWrite);
        g.MapGet("/", List).WithName("ListActivities").WithSummary("List activities").RequireAuthorization(read);
        g.MapGet("/export", Export).WithName("ExportActivities").WithSummary("The filtered list as Excel")
            .RequireAuthorization(read);
        g.MapGet("/{id:guid}", Get).WithName("GetActivity").WithSummary("One activity with participants and files")
            .ProducesNotFound().RequireAuthorization(read);
        g.MapPost("/", Create).WithName("RecordActivity").WithSummary("Record an activity").ProducesWriteErrors()
            .RequireAuthorization(write);
        g.MapPut("/{id:guid}", Update).WithName("UpdateActivity").WithSummary("Change an activity")
            .ProducesWriteErrors()
            .RequireAuthorization(write);
        g.MapPost("/{id:guid}/attachments", Attach).WithName("AttachFile").WithSummary("Attach an evidence file")
            .AcceptsUpload(AttachFile.MaxBytes).ProducesWriteErrors().RequireAuthorization(write);
        g.MapGet("/attachments/{id:guid}", Download).WithName("GetAttachment").WithSummary("Download an evidence file")
            .ProducesNotFound().RequireAuthorization(read);
    }

    public void MapDownloads(RouteGroupBuilder d)
    {
        d.MapGet("/attachments/{id:guid}", Download).WithName("DownloadAttachment")
            .RequireAuthorization(Permissions.Policy(Permissions.ActivityRead));
        d.MapGet("/activities.xlsx", Export).WithName("DownloadActivities")
            .RequireAuthorization(Permissions.Policy(Permissions.ActivityRead));
    }

    private static async Task<Ok<Paged<ListActivities.Row>>> List(
        ListActivities h, [AsParameters] ListActivities.Query q, CancellationToken ct) =>
            TypedResults.Ok(await h.HandleAsync(q, ct));

    private static async Task<Ok<View>> Get(GetActivity h, Guid id, CancellationToken ct)
    {
        var r = await h.HandleAsync(id, ct);
        var a = r.Activity;
        return TypedResults.Ok(new View(
            a.Id, a.Date, a.Type, a.BodyId, a.PersonId, a.NodeId, a.Topic, a.Minutes, a.MemberUnitId,
            r.Owner, a.HasEvidence, a.Version, r.Participants.Select(p => new Participant(p.Id, p.Name)), r.Files));
    }

    private static async Task<Created<CreatedId>> Create(
        RecordActivity h, RecordActivity.Request r, CancellationToken ct)
    {
        var id = await h.HandleAsync(null, r, ct);
        return CreatedAt($"/api/v1/activities/{id}", id);
    }

    private static async Task<NoContent> Update(
        RecordActivity h, Guid id, RecordActivity.Request r, CancellationToken ct)
    {
        await h.HandleAsync(id, r, ct);
        return TypedResults.NoContent();
    }

    private static async Task<Created<CreatedId>> Attach(AttachFile h, Guid id, IFormFile file, CancellationToken ct)
    {
        await using var stream = file.OpenReadStream();
        return CreatedAt($"/api/v1/activities/{id}", await h.HandleAsync(id, file.FileName, stream, ct));
    }

    private static async Task<FileContentHttpResult> Download(DownloadAttachment h, Guid id, CancellationToken ct)
    {
        var (name, type, content) = await h.HandleAsync(id, ct);
        return TypedResults.File(content, type, name);
    }

    private static async Task<FileContentHttpResult> Export(
        ExportActivities h, [AsParameters] ListActivities.Query q, CancellationToken ct)
    {
        var file = await h.HandleAsync(q, ct);
        return TypedResults.File(file.Content, ContentTypes.Xlsx, file.Name);
    }
}
