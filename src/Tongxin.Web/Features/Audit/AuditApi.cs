using Tongxin.Web.Security;

namespace Tongxin.Web.Features.Audit;

public static class AuditApi
{
    public static void MapAuditApi(this RouteGroupBuilder api) =>
        api.MapGet("/audit", (ListAudit h, [AsParameters] ListAudit.Query q, CancellationToken ct) => h.HandleAsync(q, ct))
            .WithTags("Audit").RequireAuthorization(Permissions.Policy(Permissions.AuditRead));
}
