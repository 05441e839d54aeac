using Microsoft.AspNetCore.Http.HttpResults;

namespace Tongxin.Web.Features.Audit;

/// <summary>The audit log (SEC-13..15), read only.</summary>
public sealed class AuditApi : IEndpointGroup
{
    public string Prefix => "/audit";
    public string Tag => "Audit";

    public void MapApi(RouteGroupBuilder g)
    {
        g.MapGet("/", List).WithName("ListAudit").WithSummary("Search the audit log")
            .RequireAuthorization(Permissions.Policy(Permissions.AuditRead));
        g.MapGet("/export", Export).WithName("ExportAudit").WithSummary("The filtered list as Excel")
            .Produces<byte[]>(StatusCodes.Status200OK, ContentTypes.Xlsx)
            .RequireAuthorization(Permissions.Policy(Permissions.AuditRead));
    }

    public void MapDownloads(RouteGroupBuilder d) =>
        d.MapGet("/audit.xlsx", Export).WithName("DownloadAudit")
            .RequireAuthorization(Permissions.Policy(Permissions.AuditRead));

    private static async Task<Ok<Paged<ListAudit.Row>>> List(
        ListAudit h, [AsParameters] ListAudit.Query q, CancellationToken ct) =>
        TypedResults.Ok(await h.HandleAsync(q, ct));

    private static async Task<FileContentHttpResult> Export(
        ExportAudit h, [AsParameters] ListAudit.Query q, CancellationToken ct) =>
        (await h.HandleAsync(q, ct)).Download();
}
