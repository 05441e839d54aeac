using Microsoft.AspNetCore.Http.HttpResults;
using Tongxin.Web.Infrastructure;
using Tongxin.Web.Security;

namespace Tongxin.Web.Features.People;

/// <summary>
/// One delete for every record attached to people (cadre, placement, seat, review, pair, contact, suggestion).
/// </summary>
public sealed class RemovePeopleRecordApi : IEndpointGroup
{
    public string Prefix => "/people-records";
    public string Tag => "People";

    public void MapApi(RouteGroupBuilder g) =>
        g.MapDelete("/{kind}/{id:guid}", Remove).WithName("RemovePeopleRecord")
            .WithSummary("Delete a cadre, placement, arrangement, review, friendship, contact or suggestion")
            .ProducesWriteErrors().RequireAuthorization(Permissions.Policy(Permissions.PeopleWrite));

    private static async Task<NoContent> Remove(RemovePeopleRecord h, string kind, Guid id, CancellationToken ct)
    {
        await h.HandleAsync(kind, id, ct);
        return TypedResults.NoContent();
    }
}
