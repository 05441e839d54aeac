namespace Tongxin.Web.Infrastructure;

/// <summary>One page of a list and the total (共 N 条).</summary>
public sealed record Paged<T>(IReadOnlyList<T> Items, int Total, int Page, int PageSize);

public static class Paging
{
    public static readonly int[] Sizes = [10, 20, 50, 100];

    /// <summary>One of the allowed page sizes; anything else becomes 20.</summary>
    public static int Size(int pageSize) => Sizes.Contains(pageSize) ? pageSize : 20;

    public static async Task<Paged<T>> ToPagedAsync<T>(this IQueryable<T> query, int page,
        int pageSize, CancellationToken ct)
    {
        pageSize = Size(pageSize);
        page = Math.Max(1, page);
        var total = await query.CountAsync(ct);
        var items = await query.Skip((page - 1) * pageSize).Take(pageSize).ToListAsync(ct);
        return new Paged<T>(items, total, page, pageSize);
    }

    /// <summary>
    /// A page found by key: counts and picks the page's ids from the ordered query (index-only where an index covers
    /// its filter and order), then reads just those rows from <paramref name="rows"/>, kept in the page's order. On a
    /// large table this reads the rows shown instead of every row the filter passes; a row deleted in between is left
    /// out.
    /// </summary>
    public static async Task<Paged<T>> ToKeyedPageAsync<T>(this IOrderedQueryable<T> query, IQueryable<T> rows,
        int page, int pageSize, CancellationToken ct)
        where T : Entity
    {
        pageSize = Size(pageSize);
        page = Math.Max(1, page);
        var total = await query.CountAsync(ct);
        var ids = await query.Select(e => e.Id).Skip((page - 1) * pageSize).Take(pageSize).ToListAsync(ct);
        var found = await rows.Where(e => ids.Contains(e.Id)).ToDictionaryAsync(e => e.Id, ct);
        var items = ids.Where(found.ContainsKey).Select(id => found[id]).ToList();
        return new Paged<T>(items, total, page, pageSize);
    }
}
