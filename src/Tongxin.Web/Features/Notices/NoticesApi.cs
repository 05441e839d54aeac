using Microsoft.AspNetCore.Http.HttpResults;

namespace Tongxin.Web.Features.Notices;

/// <summary>
/// The signed-in user's own inbox (通知). Every signed-in user has one, whatever their roles, so these endpoints
/// name no permission (they are on ArchitectureTests' signed-in list); the recipient is always the caller.
/// </summary>
public sealed class NoticesApi : IEndpointGroup
{
    public string Prefix => "/notices";
    public string Tag => "Notices";

    public void MapApi(RouteGroupBuilder g)
    {
        g.MapGet("/", List).WithName("ListNotices").WithSummary("My notices, newest first");
        g.MapGet("/export", Export).WithName("ExportNotices").WithSummary("My notices as Excel")
            .Produces<byte[]>(StatusCodes.Status200OK, ContentTypes.Xlsx);
        g.MapPost("/{id:guid}/acknowledge", Acknowledge).WithName("AcknowledgeNotice")
            .WithSummary("Mark one of my notices read").ProducesNotFound();
        g.MapPost("/acknowledge-all", AcknowledgeAll).WithName("AcknowledgeAllNotices")
            .WithSummary("Mark all my notices read");
    }

    public void MapDownloads(RouteGroupBuilder d) => d.MapGet("/notices.xlsx", Export).WithName("DownloadNotices");

    public sealed record Acknowledged(int Count);

    private static async Task<FileContentHttpResult> Export(
        ExportNotices h, [AsParameters] ListNotices.Query q, CancellationToken ct) =>
        (await h.HandleAsync(q, ct)).Download();

    private static async Task<Ok<ListNotices.Result>> List(
        ListNotices h, [AsParameters] ListNotices.Query q, CancellationToken ct) =>
        TypedResults.Ok(await h.HandleAsync(q, ct));

    private static async Task<NoContent> Acknowledge(AcknowledgeNotice h, Guid id, CancellationToken ct)
    {
        await h.HandleAsync(id, ct);
        return TypedResults.NoContent();
    }

    private static async Task<Ok<Acknowledged>> AcknowledgeAll(AcknowledgeNotice h, CancellationToken ct) =>
        TypedResults.Ok(new Acknowledged(await h.AllAsync(ct)));
}
