using Tongxin.Domain.Text;
using Tongxin.Web.Features.Dictionaries;
using Tongxin.Web.Features.People;

namespace Tongxin.Web.Features.Arrangements;

/// <summary>
/// 政治安排 (PPL-8): seats in 人大/政协 in scope; <c>ExpiringMonths</c> lists terms ending within that many
/// months from today (the page asks for 6), soonest first, so a new term can be prepared ahead of time.
/// </summary>
public sealed class ListArrangements(TongxinDb db, PeopleDictionary dictionary, TimeProvider clock) : IHandler
{
    public sealed record Query(
        string? Q = null, string? Chamber = null, string? Level = null, int? ExpiringMonths = null, int Page = 1,
        int PageSize = 20);
    public sealed record Row(
        Guid Id, Guid PersonId, string Name, string NodeName, string Chamber, string Level, string Term, string? Seat,
        DateOnly ElectedOn, DateOnly TermEndsOn, int DaysLeft, long Version);

    public async Task<Paged<Row>> HandleAsync(Query q, CancellationToken ct = default)
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var seats = db.PoliticalArrangements.AsNoTracking();
        if (Check.Clean(q.Chamber) is { } chamber) seats = seats.Where(s => s.Chamber == chamber);
        if (Check.Clean(q.Level) is { } level) seats = seats.Where(s => s.Level == level);
        if (Check.Clean(q.Q) is { } text)
        {
            var key = NameKey.Of(text);
            seats = seats.Where(s => db.People.Any(p => p.Id == s.PersonId && p.NameKey.Contains(key)));
        }
        if (q.ExpiringMonths is { } months)
        {
            var until = today.AddMonths(Math.Clamp(months, 1, 60));
            seats = seats.Where(s => s.TermEndsOn >= today && s.TermEndsOn <= until);
        }
        var page = await seats.OrderBy(s => s.TermEndsOn).ThenBy(s => s.Id).ToPagedAsync(q.Page, q.PageSize, ct);
        var people = await db.LoadAsync(page.Items.Select(s => s.PersonId), ct);
        var dict = await dictionary.HandleAsync(ct);
        var rows = page.Items.Select(s => new Row(s.Id, s.PersonId, people.GetValueOrDefault(s.PersonId)?.Name ?? "—",
            people.GetValueOrDefault(s.PersonId)?.NodeName ?? "", s.Chamber,
            dict.Name(Data.Seed.Dictionaries.Level, s.Level) ?? s.Level, s.Term, s.Seat, s.ElectedOn, s.TermEndsOn,
            s.TermEndsOn.DayNumber - today.DayNumber, s.Version)).ToList();
        return new Paged<Row>(rows, page.Total, page.Page, page.PageSize);
    }
}
