using Tongxin.Web.Infrastructure;
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
        g.MapCreate<SaveDocument, SaveDocument.Request>("/", "/api/v1/documents", (h, r, ct) => h.HandleAsync(null, r, ct)).RequireAuthorization(write);
        g.MapUpdate<SaveDocument, SaveDocument.Request>("/{id:guid}", (h, id, r, ct) => h.HandleAsync(id, r, ct)).RequireAuthorization(write);
        g.MapRemove<DeleteDocument>("/{id:guid}", (h, id, ct) => h.HandleAsync(id, ct)).RequireAuthorization(write);
    }
}
