namespace Tongxin.Web.Features.Liaison;

/// <summary>
/// 联系安排 (LIA-1): for one year, one row per town in scope with its liaison cadre, or none (未安排联系干部).
/// With <see cref="Query.Mine"/>, the towns whose assignment links the current user's account.
/// </summary>
public sealed class ListAssignments(TongxinDb db, CurrentUser user, TimeProvider clock) : IHandler
{
    public sealed record Query(int? Year = null, bool? Mine = null);
    public sealed record Row(Guid NodeId, string Town, int Year, Guid? Id, string? CadreName, string? CadrePost,
        string? CadreUserName, long Version);

    public async Task<IReadOnlyList<Row>> HandleAsync(Query q, CancellationToken ct = default)
    {
        var year = q.Year ?? Domain.Time.ChinaTime.Today(clock).Year;
        var towns = await db.Towns().OrderBy(t => t.NodePath).ThenBy(t => t.SortOrder)
            .Select(t => new { t.Id, t.Name }).ToListAsync(ct);
        var assigned = db.Set<LiaisonAssignment>().AsNoTracking().Where(a => a.Year == year);
        if (q.Mine == true)
        {
            var me = user.UserId ?? "";
            assigned = assigned.Where(a => a.CadreUserId == me);
        }
        var rows = await assigned.ToListAsync(ct);
        var userIds = rows.Select(a => a.CadreUserId).OfType<string>().Distinct().ToList();
        var names = await db.Users.AsNoTracking().Where(u => userIds.Contains(u.Id))
            .ToDictionaryAsync(u => u.Id, u => u.UserName ?? "", ct);
        var byTown = rows.ToDictionary(a => a.NodeId);
        return towns.Where(t => q.Mine != true || byTown.ContainsKey(t.Id)).Select(t =>
            byTown.GetValueOrDefault(t.Id) is { } a
                ? new Row(t.Id, t.Name, year, a.Id, a.CadreName, a.CadrePost,
                    a.CadreUserId is { } uid ? names.GetValueOrDefault(uid) : null, a.Version)
                : new Row(t.Id, t.Name, year, null, null, null, null, 0)).ToList();
    }
}
