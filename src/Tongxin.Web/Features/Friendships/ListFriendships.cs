using Tongxin.Domain.Text;
using Tongxin.Web.Features.People;

namespace Tongxin.Web.Features.Friendships;

/// <summary>联谊交友 pairs (PPL-4) with this year's contacts; fewer than <see cref="YearlyMinimum"/> is shown as
/// behind
/// (R2).</summary>
public sealed class ListFriendships(TongxinDb db, TimeProvider clock) : IHandler
{
    /// <summary>R2: 党员领导干部联谊交友活动每年不少于 2 次.</summary>
    public const int YearlyMinimum = 2;

    public sealed record Query(string? Q = null, bool? Behind = null, int Page = 1, int PageSize = 20);
    public sealed record Contact(Guid Id, DateOnly Date, string Form, string Topic);
    public sealed record Row(Guid Id, Guid LeaderId, string Leader, string LeaderPost, Guid FriendId, string Friend,
        string FriendEmployer,
        DateOnly Since, int ContactsThisYear, IReadOnlyList<Contact> Recent);

    public async Task<Paged<Row>> HandleAsync(Query q, CancellationToken ct = default)
    {
        var yearStart = new DateOnly(clock.GetUtcNow().Year, 1, 1);
        var pairs = db.Friendships.AsNoTracking();
        if (Check.Clean(q.Q) is { } text)
        {
            var key = NameKey.Of(text);
            pairs = pairs.Where(f =>
                db.People.Any(p => (p.Id == f.LeaderId || p.Id == f.FriendId) && p.NameKey.Contains(key)));
        }
        if (q.Behind is { } behind)
            pairs = pairs.Where(f =>
                (db.FriendshipContacts.Count(c => c.FriendshipId == f.Id
                && c.Date >= yearStart) < YearlyMinimum) == behind);
        var page = await pairs.OrderBy(f => f.LeaderId).ThenBy(f => f.Id).ToPagedAsync(q.Page, q.PageSize, ct);
        var ids = page.Items.Select(f => f.Id).ToList();
        var contacts = await db.FriendshipContacts.AsNoTracking().Where(c => ids.Contains(c.FriendshipId))
            .OrderByDescending(c => c.Date).ToListAsync(ct);
        var people = await db.LoadAsync(page.Items.SelectMany(f => new[] { f.LeaderId, f.FriendId }), ct);
        var rows = page.Items.Select(f =>
        {
            var (leader, friend) = (people.GetValueOrDefault(f.LeaderId), people.GetValueOrDefault(f.FriendId));
            var mine = contacts.Where(c => c.FriendshipId == f.Id).ToList();
            return new Row(f.Id, f.LeaderId, leader?.Name ?? "—", $"{leader?.Employer}{leader?.Position}", f.FriendId,
                friend?.Name ?? "—",
                friend?.Employer ?? "", f.Since, mine.Count(c => c.Date >= yearStart),
                mine.Take(3).Select(c => new Contact(c.Id, c.Date, c.Form, c.Topic)).ToList());
        }).ToList();
        return new Paged<Row>(rows, page.Total, page.Page, page.PageSize);
    }
}
