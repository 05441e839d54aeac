using Microsoft.AspNetCore.Http.HttpResults;

namespace Tongxin.Web.Features.Dictionaries;

/// <summary>
/// The code lists (ethnicity, party, category ...) the forms and lists use (PPL-2); the URL predates the feature.
/// </summary>
public sealed class DictionariesApi : IEndpointGroup
{
    public string Prefix => "/people";
    public string Tag => "Dictionaries";

    public void MapApi(RouteGroupBuilder g) =>
        g.MapGet("/dictionaries", List).WithName("ListDictionaries")
            .WithSummary("Every dictionary: code and name per kind")
            .RequireAuthorization(Permissions.Policy(Permissions.PeopleRead));

    private static async Task<Ok<PeopleDictionary.Result>> List(PeopleDictionary h, CancellationToken ct) =>
        TypedResults.Ok(await h.HandleAsync(ct));
}
