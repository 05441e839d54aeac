using System.Globalization;

namespace Tongxin.Web.Infrastructure;

/// <summary>
/// A page's typed query values (page, year, node …) bound by [SupplyParameterFromQuery] throw when they do not parse,
/// which answered a hand-edited or truncated link (<c>?page=abc</c>, <c>?page=</c>, <c>?page=2147483648</c>) with a
/// 500. Such a value is dropped instead: the browser is sent to the same page without it, as if it had not been
/// given (an empty one means the same).
/// The API and downloads validate their own parameters and answer 400.
/// </summary>
public sealed class PageQueryGuard(RequestDelegate next)
{
    private static readonly Dictionary<string, Func<string, bool>> Typed = new(StringComparer.OrdinalIgnoreCase)
    {
        ["page"] = Count, ["size"] = Count, ["year"] = v => Int(v) is >= 1900 and <= 9999,
        ["expiring"] = v => Int(v) is >= 0 and <= 36500,
        ["behind"] = Bool, ["needsApproval"] = Bool, ["ok"] = Bool, ["unread"] = Bool, ["vacant"] = Bool,
        ["node"] = Id, ["nodeId"] = Id, ["ruleId"] = Id,
        ["from"] = Date, ["to"] = Date,
    };

    public Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        if (!HttpMethods.IsGet(request.Method) || !request.QueryString.HasValue
            || request.Path.StartsWithSegments("/api") || request.Path.StartsWithSegments("/download"))
            return next(context);
        var bad = request.Query.Where(q => Typed.TryGetValue(q.Key, out var ok) && !q.Value.All(v => ok(v ?? "")))
            .Select(q => q.Key).ToList();
        if (bad.Count == 0) return next(context);
        var kept = request.Query.Where(q => !bad.Contains(q.Key))
            .SelectMany(q => q.Value.Select(v => new KeyValuePair<string, string?>(q.Key, v)));
        context.Response.Redirect(request.PathBase + request.Path + QueryString.Create(kept));
        return Task.CompletedTask;
    }

    private static int? Int(string v) =>
        int.TryParse(v, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;

    private static bool Count(string v) => Int(v) is >= 1 and <= 1_000_000;
    private static bool Bool(string v) => bool.TryParse(v, out _);
    private static bool Id(string v) => Guid.TryParse(v, out _);

    private static bool Date(string v) =>
        DateOnly.TryParse(v, CultureInfo.InvariantCulture, DateTimeStyles.None, out _);
}
