namespace Tongxin.Web.Features.Notices;

/// <summary>The signed-in user's own notices, newest first; nobody reads another's inbox.</summary>
public sealed class ListNotices(TongxinDb db, CurrentUser user) : IHandler
{
    public sealed record Query(bool UnreadOnly = false, int Page = 1, int PageSize = 20);
    public sealed record Row(Guid Id, string Title, string Body, string? Link, string Source, DateTime CreatedUtc,
        DateTime? AcknowledgedUtc);
    public sealed record Result(int Unread, Paged<Row> Page);

    public async Task<Result> HandleAsync(Query q, CancellationToken ct = default)
    {
        var mine = Mine(db, user);
        var rows = (q.UnreadOnly ? mine.Where(n => n.AcknowledgedUtc == null) : mine)
            .OrderByDescending(n => n.CreatedUtc).ThenByDescending(n => n.Id)
            .Select(n => new Row(n.Id, n.Title, n.Body, n.Link, n.Source, n.CreatedUtc, n.AcknowledgedUtc));
        return new Result(await mine.CountAsync(n => n.AcknowledgedUtc == null, ct),
            await rows.ToPagedAsync(q.Page, Paging.Size(q.PageSize), ct));
    }

    public Task<int> UnreadAsync(CancellationToken ct = default) =>
        Mine(db, user).CountAsync(n => n.AcknowledgedUtc == null, ct);

    /// <summary>The one place the recipient is chosen: the current user, never a parameter.</summary>
    internal static IQueryable<Notice> Mine(TongxinDb db, CurrentUser user) =>
        db.Set<Notice>().Where(n => n.RecipientId == (user.UserId ?? ""));
}
