using Microsoft.AspNetCore.Http.HttpResults;
using static Tongxin.Web.Infrastructure.EndpointConventions;

namespace Tongxin.Web.Features.Suggestions;

/// <summary>建言献策: suggestions from people and how each was handled.</summary>
public sealed class SuggestionsApi : IEndpointGroup
{
    public string Prefix => "/suggestions";
    public string Tag => "Suggestions";

    public void MapApi(RouteGroupBuilder g)
    {
        var write = Permissions.Policy(Permissions.PeopleWrite);
        g.MapGet("/", List).WithName("ListSuggestions").WithSummary("List suggestions")
            .RequireAuthorization(Permissions.Policy(Permissions.PeopleRead));
        g.MapGet("/export", Export).WithName("ExportSuggestions").WithSummary("The filtered list as Excel")
            .Produces<byte[]>(StatusCodes.Status200OK, ContentTypes.Xlsx)
            .RequireAuthorization(Permissions.Policy(Permissions.PeopleRead));
        g.MapPost("/", Create).WithName("CreateSuggestion").WithSummary("Record a suggestion").ProducesWriteErrors()
            .RequireAuthorization(write);
        g.MapPut("/{id:guid}", Update).WithName("UpdateSuggestion").WithSummary("Change a suggestion")
            .ProducesWriteErrors()
            .RequireAuthorization(write);
        g.MapPost("/{id:guid}/handling", Handle).WithName("HandleSuggestion")
            .WithSummary("Record how a suggestion was handled (adopted, forwarded ...)").ProducesWriteErrors()
            .RequireAuthorization(write);
    }

    public void MapDownloads(RouteGroupBuilder d) =>
        d.MapGet("/suggestions.xlsx", Export).WithName("DownloadSuggestions")
            .RequireAuthorization(Permissions.Policy(Permissions.PeopleRead));

    private static async Task<FileContentHttpResult> Export(
        ExportSuggestions h, [AsParameters] ListSuggestions.Query q, CancellationToken ct) =>
        (await h.HandleAsync(q, ct)).Download();

    private static async Task<Ok<ListSuggestions.Result>> List(
        ListSuggestions h, [AsParameters] ListSuggestions.Query q, CancellationToken ct) =>
            TypedResults.Ok(await h.HandleAsync(q, ct));

    private static async Task<Created<CreatedId>> Create(
        SaveSuggestion h, SaveSuggestion.Request r, CancellationToken ct)
    {
        var id = await h.HandleAsync(null, r, ct);
        return CreatedAt($"/api/v1/suggestions/{id}", id);
    }

    private static async Task<NoContent> Update(
        SaveSuggestion h, Guid id, SaveSuggestion.Request r, CancellationToken ct)
    {
        await h.HandleAsync(id, r, ct);
        return TypedResults.NoContent();
    }

    private static async Task<NoContent> Handle(
        HandleSuggestion h, Guid id, HandleSuggestion.Request r, CancellationToken ct)
    {
        await h.HandleAsync(id, r, ct);
        return TypedResults.NoContent();
    }
}
