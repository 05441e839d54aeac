namespace Tongxin.Web.Features.Plans;

/// <summary>Shared look-ups of the plans module: the writer's own node and rows writable there (ACC-2: reference data
/// published above is read, never written, from below — it is simply not found for writing).</summary>
public static class PlanRows
{
    public static async Task<Region> HomeAsync(TongxinDb db, CancellationToken ct) =>
        await db.Regions.AsNoTracking().SingleOrDefaultAsync(x => x.NodePath == db.CurrentUser.ScopePath, ct)
        ?? throw new NotFoundException(Loc.T("所属节点", "Your node"));

    public static async Task<T> WritableAsync<T>(TongxinDb db, Guid id, string what, CancellationToken ct)
        where T : Entity, INodeScoped =>
        Guard.InScope(db, await db.Set<T>().SingleOrDefaultAsync(x => x.Id == id, ct), x => x.NodePath, what);

    public static string Level(GoalLevel level) => level switch
    {
        GoalLevel.LongTerm => Loc.T("远期", "Long-term"),
        GoalLevel.Stage => Loc.T("阶段", "Stage"),
        _ => Loc.T("年度", "Annual"),
    };
}
