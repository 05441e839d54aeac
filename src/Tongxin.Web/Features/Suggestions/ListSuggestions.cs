using Tongxin.Web.Features.People;

namespace Tongxin.Web.Features.Suggestions;

/// <summary>
/// 建言献策 (PPL-10) in scope, filtered by year, category and handling; the adoption rate is adopted ÷ all
/// suggestions
/// of the filtered set (pending ones count in the denominator: they have not been adopted yet).
/// </summary>
public sealed class ListSuggestions(TongxinDb db) : IHandler
{
    public sealed record Query(string? Q = null, int? Year = null, string? Category = null,
        SuggestionHandling? Handling = null, int Page = 1, int PageSize = 20);
    public sealed record Row(Guid Id, Guid PersonId, string Person, string NodeName, string Title, string Text,
        DateOnly Date, string Category,
        SuggestionHandling Handling, string? HandlingNote, DateOnly? HandledOn, long Version);
    public sealed record Stats(int Total, int Adopted, int Forwarded, int Answered, int Pending, decimal AdoptionRate);
    public sealed record Result(Paged<Row> Page, Stats Stats);

    public async Task<Result> HandleAsync(Query q, CancellationToken ct = default)
    {
        var all = db.Suggestions.AsNoTracking();
        if (q.Year is { } year)
            all = all.Where(s => s.Date >= new DateOnly(year, 1, 1) && s.Date <= new DateOnly(year, 12, 31));
        if (Check.Clean(q.Category) is { } category) all = all.Where(s => s.Category == category);
        if (Check.Clean(q.Q) is { } text) all = all.Where(s => s.Title.Contains(text));
        var counts = await all.GroupBy(s => s.Handling).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        var total = counts.Values.Sum();
        var adopted = counts.GetValueOrDefault(SuggestionHandling.Adopted);
        var stats = new Stats(total, adopted, counts.GetValueOrDefault(SuggestionHandling.Forwarded),
            counts.GetValueOrDefault(SuggestionHandling.Answered),
            counts.GetValueOrDefault(SuggestionHandling.Pending), AdoptionRate(adopted, total));
        if (q.Handling is { } handling) all = all.Where(s => s.Handling == handling);
        var page = await all.OrderByDescending(s => s.Date).ThenBy(s => s.Id).ToPagedAsync(q.Page, q.PageSize, ct);
        var people = await db.LoadAsync(page.Items.Select(s => s.PersonId), ct);
        var rows = page.Items.Select(s =>
            new Row(s.Id, s.PersonId, people.GetValueOrDefault(s.PersonId)?.Name ?? "—",
            people.GetValueOrDefault(s.PersonId)?.NodeName ?? "",
            s.Title, s.Text, s.Date, s.Category, s.Handling, s.HandlingNote, s.HandledOn, s.Version)).ToList();
        return new Result(new Paged<Row>(rows, page.Total, page.Page, page.PageSize), stats);
    }

    /// <summary>Percentage with one decimal; 0 when there is nothing to adopt.</summary>
    public static decimal AdoptionRate(int adopted, int total) => total == 0 ? 0
        : Math.Round(adopted * 100m / total, 1, MidpointRounding.AwayFromZero);

    public static string HandlingName(SuggestionHandling h) => h switch
    {
        SuggestionHandling.Adopted => Loc.T("已采纳", "Adopted"),
        SuggestionHandling.Forwarded => Loc.T("已转交",
            "Forwarded"),
        SuggestionHandling.Answered => Loc.T("已答复", "Answered"),
        _ => Loc.T("待处理", "Pending"),
    };
}
