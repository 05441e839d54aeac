using Tongxin.Web.Security;

namespace Tongxin.Web.Features.Documents;

public static class DocumentsApi
{
    public static void MapDocumentsApi(this RouteGroupBuilder api)
    {
        var g = api.MapGroup("/documents").WithTags("Documents");
        var read = Permissions.Policy(Permissions.DocumentRead);
        var write = Permissions.Policy(Permissions.DocumentWrite);
        g.MapGet("/", (ListDocuments h, [AsParameters] ListDocuments.Query q, CancellationToken ct) => h.HandleAsync(q, ct)).RequireAuthorization(read);
        g.MapGet("/{id:guid}", (GetDocument h, Guid id, CancellationToken ct) => h.HandleAsync(id, ct)).RequireAuthorization(read);
        g.MapPost("/", async (SaveDocument h, SaveDocument.Request r, CancellationToken ct) =>
        {
            var id = await h.HandleAsync(null, r, ct);
            return TypedResults.Created($"/api/v1/documents/{id}", new { id });
        }).RequireAuthorization(write);
        g.MapPut("/{id:guid}", async (SaveDocument h, Guid id, SaveDocument.Request r, CancellationToken ct) =>
        {
            await h.HandleAsync(id, r, ct);
            return TypedResults.NoContent();
        }).RequireAuthorization(write);
        g.MapDelete("/{id:guid}", async (DeleteDocument h, Guid id, CancellationToken ct) =>
        {
            await h.HandleAsync(id, ct);
            return TypedResults.NoContent();
        }).RequireAuthorization(write);
    }
}
