using Microsoft.AspNetCore.Http.HttpResults;
using static Tongxin.Web.Infrastructure.EndpointConventions;

namespace Tongxin.Web.Features.Documents;

/// <summary>Policy documents (文件) and their numbers.</summary>
public sealed class DocumentsApi : IEndpointGroup
{
    public string Prefix => "/documents";
    public string Tag => "Documents";

    public void MapApi(RouteGroupBuilder g)
    {
        var read = Permissions.Policy(Permissions.DocumentRead);
        var write = Permissions.Policy(Permissions.DocumentWrite);
        g.MapGet("/", List).WithName("ListDocuments").WithSummary("List documents").RequireAuthorization(read);
        g.MapGet("/export", Export).WithName("ExportDocuments").WithSummary("The filtered list as Excel")
            .Produces<byte[]>(StatusCodes.Status200OK, ContentTypes.Xlsx).RequireAuthorization(read);
        g.MapGet("/{id:guid}", Get).WithName("GetDocument").WithSummary("One document").ProducesNotFound()
            .RequireAuthorization(read);
        g.MapPost("/", Create).WithName("CreateDocument").WithSummary("Add a document").ProducesWriteErrors()
            .RequireAuthorization(write);
        g.MapPut("/{id:guid}", Update).WithName("UpdateDocument").WithSummary("Change a document").ProducesWriteErrors()
            .RequireAuthorization(write);
        g.MapDelete("/{id:guid}", Delete).WithName("DeleteDocument").WithSummary("Delete a document")
            .ProducesWriteErrors()
            .RequireAuthorization(write);
    }

    public void MapDownloads(RouteGroupBuilder d) =>
        d.MapGet("/documents.xlsx", Export).WithName("DownloadDocuments")
            .RequireAuthorization(Permissions.Policy(Permissions.DocumentRead));

    private static async Task<Ok<Paged<ListDocuments.Row>>> List(
        ListDocuments h, [AsParameters] ListDocuments.Query q, CancellationToken ct) =>
            TypedResults.Ok(await h.HandleAsync(q, ct));

    private static async Task<Ok<GetDocument.Result>> Get(GetDocument h, Guid id, CancellationToken ct) =>
        TypedResults.Ok(await h.HandleAsync(id, ct));

    private static async Task<Created<CreatedId>> Create(SaveDocument h, SaveDocument.Request r, CancellationToken ct)
    {
        var id = await h.HandleAsync(null, r, ct);
        return CreatedAt($"/api/v1/documents/{id}", id);
    }

    private static async Task<NoContent> Update(SaveDocument h, Guid id, SaveDocument.Request r, CancellationToken ct)
    {
        await h.HandleAsync(id, r, ct);
        return TypedResults.NoContent();
    }

    private static async Task<NoContent> Delete(DeleteDocument h, Guid id, CancellationToken ct)
    {
        await h.HandleAsync(id, ct);
        return TypedResults.NoContent();
    }

    private static async Task<FileContentHttpResult> Export(
        ExportDocuments h, [AsParameters] ListDocuments.Query q, CancellationToken ct) =>
        (await h.HandleAsync(q, ct)).Download();
}
