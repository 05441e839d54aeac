using Microsoft.AspNetCore.Http.HttpResults;

namespace Tongxin.Web.Features.Plans;

/// <summary>督办 (PLN-6): the warned tasks and rectification items by colour and town, their export, and 签收.
/// </summary>
public sealed class SupervisionApi : IEndpointGroup
{
    public string Prefix => "/plans/supervision";
    public string Tag => "Plans";

    public void MapApi(RouteGroupBuilder g)
    {
        var read = Permissions.Policy(Permissions.PlanRead);
        g.MapGet("/", List).WithName("ListSupervision")
            .WithSummary("Warned tasks and rectification items, with counts per colour and town")
            .RequireAuthorization(read);
        g.MapGet("/export", Export).WithName("ExportSupervision").WithSummary("The filtered list as Excel")
            .Produces<byte[]>(StatusCodes.Status200OK, ContentTypes.Xlsx).RequireAuthorization(read);
        g.MapPost("/events/{id:guid}/acknowledge", Acknowledge).WithName("AcknowledgeWarning")
            .WithSummary("The owner acknowledges a warning (签收)").ProducesWriteErrors()
            .RequireAuthorization(Permissions.Policy(Permissions.PlanUpdate + "|" + Permissions.LiaisonWrite));
    }

    public void MapDownloads(RouteGroupBuilder d) =>
        d.MapGet("/supervision.xlsx", Export).WithName("DownloadSupervision")
            .RequireAuthorization(Permissions.Policy(Permissions.PlanRead));

    private static async Task<Ok<ListSupervision.Result>> List(
        ListSupervision h, [AsParameters] ListSupervision.Query q, CancellationToken ct) =>
        TypedResults.Ok(await h.HandleAsync(q, ct));

    private static async Task<FileContentHttpResult> Export(
        ExportSupervision h, [AsParameters] ListSupervision.Query q, CancellationToken ct) =>
        (await h.HandleAsync(q, ct)).Download();

    private static async Task<Ok<AcknowledgeWarning.Result>> Acknowledge(
        AcknowledgeWarning h, Guid id, CancellationToken ct) => TypedResults.Ok(await h.HandleAsync(id, ct));
}
