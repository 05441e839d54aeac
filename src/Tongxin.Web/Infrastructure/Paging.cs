using Microsoft.EntityFrameworkCore;

namespace Tongxin.Web.Infrastructure;

/// <summary>One page of a list and the total (共 N 条).</summary>
public sealed record Paged<T>(IReadOnlyList<T> Items, int Total, int Page, int PageSize);

public static class Paging
{
    public static readonly int[] Sizes = [10, 20, 50, 100];

    /// <summary>One of the allowed page sizes; anything else becomes 20.</summary>
    public static int Size(int pageSize) => Sizes.Contains(pageSize) ? pageSize : 20;

    public static async Task<Paged<T>> ToPagedAsync<T>(this IQueryable<T> query, int page, int pageSize, CancellationToken ct)
    {
        pageSize = Size(pageSize);
        page = Math.Max(1, page);
        var total = await query.CountAsync(ct);
        var items = await query.Skip((page - 1) * pageSize).Take(pageSize).ToListAsync(ct);
        return new Paged<T>(items, total, page, pageSize);
    }
}
