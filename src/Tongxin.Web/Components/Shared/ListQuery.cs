using Microsoft.AspNetCore.Components;

namespace Tongxin.Web.Components.Shared;

/// <summary>
/// A list keeps its filters and page in the query string, so a page can be bookmarked and the back button works
/// (UI.md). Blank text and empty choices leave their parameter out, as do the first page and the default size.
/// </summary>
public static class ListQuery
{
    public const int DefaultSize = 20;

    /// <summary>Shows the given page (and page size) of the list with these filters.</summary>
    public static void GoToList(this NavigationManager nav, (int Page, int PageSize) page,
        Dictionary<string, object?> filters, int defaultSize = DefaultSize)
    {
        var query = Clean(filters);
        query["page"] = page.Page == 1 ? null : page.Page;
        query["size"] = page.PageSize == defaultSize ? null : page.PageSize;
        nav.NavigateTo(nav.GetUriWithQueryParameters(query));
    }

    /// <summary>Shows the given page of a list whose size is fixed (any size in the URL stays as it is).</summary>
    public static void GoToList(this NavigationManager nav, int page, Dictionary<string, object?> filters)
    {
        var query = Clean(filters);
        query["page"] = page == 1 ? null : page;
        nav.NavigateTo(nav.GetUriWithQueryParameters(query));
    }

    private static Dictionary<string, object?> Clean(Dictionary<string, object?> filters) =>
        filters.ToDictionary(f => f.Key, f => f.Value is string s && string.IsNullOrWhiteSpace(s) ? null : f.Value);
}
