using Microsoft.AspNetCore.Http.HttpResults;
using Tongxin.Web.Features.People;
using static Tongxin.Web.Infrastructure.EndpointConventions;

namespace Tongxin.Web.Features.PendingChanges;

/// <summary>待审变更: changes to people proposed by village users, decided by the town.</summary>
public sealed class PendingChangesApi : IEndpointGroup
{
    public string Prefix => "/pending-changes";
    public string Tag => "Pending changes";

    /// <summary>The person the decision created or changed; none when it was refused.</summary>
    public sealed record Decided(Guid? PersonId);

    public void MapApi(RouteGroupBuilder g)
    {
        var read = Permissions.Policy(Permissions.PeopleRead);
        g.MapGet("/", List).WithName("ListPendingChanges").WithSummary("List proposed changes")
            .RequireAuthorization(read);
        g.MapGet("/export", Export).WithName("ExportPendingChanges").WithSummary("The filtered list as Excel")
            .Produces<byte[]>(StatusCodes.Status200OK, ContentTypes.Xlsx).RequireAuthorization(read);
        g.MapGet("/{id:guid}", Get).WithName("GetPendingChange").WithSummary("One proposed change against the record")
            .ProducesNotFound().RequireAuthorization(read);
        g.MapPost("/", Propose).WithName("ProposeChange").WithSummary("Propose a new person or a change to one")
            .ProducesWriteErrors().RequireAuthorization(Permissions.Policy(Permissions.PeoplePropose));
        g.MapPost("/{id:guid}/decision", Decide).WithName("DecidePendingChange")
            .WithSummary("Approve or refuse a change")
            .ProducesWriteErrors().RequireAuthorization(Permissions.Policy(Permissions.PeopleApprove));
    }

    public void MapDownloads(RouteGroupBuilder d) =>
        d.MapGet("/pending-changes.xlsx", Export).WithName("DownloadPendingChanges")
            .RequireAuthorization(Permissions.Policy(Permissions.PeopleRead));

    private static async Task<Ok<Paged<ListPendingChanges.Row>>> List(
        ListPendingChanges h, [AsParameters] ListPendingChanges.Query q, CancellationToken ct) =>
        TypedResults.Ok(await h.HandleAsync(q, ct));

    private static async Task<Ok<GetPendingChange.Result>> Get(
        GetPendingChange h, Guid id, CancellationToken ct) =>
        TypedResults.Ok(await h.HandleAsync(id, ct));

    private static async Task<Created<CreatedId>> Propose(
        ProposeChange h, Guid? personId, SavePerson.Request r, CancellationToken ct) =>
        CreatedAt("/api/v1/pending-changes", await h.HandleAsync(personId, r, ct));

    private static async Task<Ok<Decided>> Decide(
        DecidePendingChange h, Guid id, DecidePendingChange.Request r, CancellationToken ct) =>
        TypedResults.Ok(new Decided(await h.HandleAsync(id, r, ct)));

    private static async Task<FileContentHttpResult> Export(
        ExportPendingChanges h, [AsParameters] ListPendingChanges.Query q, CancellationToken ct) =>
        (await h.HandleAsync(q, ct)).Download();
}
