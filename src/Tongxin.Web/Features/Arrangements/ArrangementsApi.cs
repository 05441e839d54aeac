using Microsoft.AspNetCore.Http.HttpResults;
using static Tongxin.Web.Infrastructure.EndpointConventions;

namespace Tongxin.Web.Features.Arrangements;

/// <summary>政治安排: seats in the people's congress and CPPCC, and their annual reviews.</summary>
public sealed class ArrangementsApi : IEndpointGroup
{
    public string Prefix => "/arrangements";
    public string Tag => "Arrangements";

    public void MapApi(RouteGroupBuilder g)
    {
        var write = Permissions.Policy(Permissions.PeopleWrite);
        g.MapGet("/", List).WithName("ListArrangements").WithSummary("List political arrangements")
            .RequireAuthorization(Permissions.Policy(Permissions.PeopleRead));
        g.MapGet("/export", Export).WithName("ExportArrangements").WithSummary("The filtered list as Excel")
            .Produces<byte[]>(StatusCodes.Status200OK, ContentTypes.Xlsx)
            .RequireAuthorization(Permissions.Policy(Permissions.PeopleRead));
        g.MapPost("/", Create).WithName("CreateArrangement").WithSummary("Record a seat").ProducesWriteErrors()
            .RequireAuthorization(write);
        g.MapPut("/{id:guid}", Update).WithName("UpdateArrangement").WithSummary("Change a seat").ProducesWriteErrors()
            .RequireAuthorization(write);
        g.MapPost("/reviews", CreateReview).WithName("CreateAnnualReview").WithSummary("Record an annual review")
            .ProducesWriteErrors().RequireAuthorization(write);
    }

    public void MapDownloads(RouteGroupBuilder d) =>
        d.MapGet("/arrangements.xlsx", Export).WithName("DownloadArrangements")
            .RequireAuthorization(Permissions.Policy(Permissions.PeopleRead));

    private static async Task<FileContentHttpResult> Export(
        ExportArrangements h, [AsParameters] ListArrangements.Query q, CancellationToken ct) =>
        (await h.HandleAsync(q, ct)).Download();

    private static async Task<Ok<Paged<ListArrangements.Row>>> List(
        ListArrangements h, [AsParameters] ListArrangements.Query q, CancellationToken ct) =>
            TypedResults.Ok(await h.HandleAsync(q, ct));

    private static async Task<Created<CreatedId>> Create(
        SaveArrangement h, SaveArrangement.Request r, CancellationToken ct)
    {
        var id = await h.HandleAsync(null, r, ct);
        return CreatedAt($"/api/v1/arrangements/{id}", id);
    }

    private static async Task<NoContent> Update(
        SaveArrangement h, Guid id, SaveArrangement.Request r, CancellationToken ct)
    {
        await h.HandleAsync(id, r, ct);
        return TypedResults.NoContent();
    }

    private static async Task<Created<CreatedId>> CreateReview(
        SaveAnnualReview h, SaveAnnualReview.Request r, CancellationToken ct)
    {
        var id = await h.HandleAsync(r, ct);
        return CreatedAt($"/api/v1/arrangements/reviews/{id}", id);
    }
}
