namespace Tongxin.Web.Features.Plans;

/// <summary>A plan with its goals as a tree (远期 → 阶段 → 年度, by year) and under each goal the tasks the reader
/// may see (a town user: their town's) with colour and progress (PLN-1, PLN-2).</summary>
public sealed class GetPlan(TongxinDb db) : IHandler
{
    public sealed record TaskRow(Guid Id, string Title, string OwnerUnit, string Lead, string Metric,
        string MetricUnit, int Done, int Target, DateOnly EndsOn, WarningLevel Warning, string WarningName);
    public sealed record GoalRow(Guid Id, Guid? ParentId, GoalLevel Level, string LevelName, int? Year,
        string Title, string? Description, int Depth, long Version, IReadOnlyList<TaskRow> Tasks, int SortOrder = 0);
    public sealed record View(Guid Id, string Title, int StartYear, int EndYear, string? DocumentNo,
        string? Summary, long Version, bool Writable, IReadOnlyList<GoalRow> Goals);

    public async Task<View> HandleAsync(Guid id, CancellationToken ct = default)
    {
        var plan = await db.Set<Plan>().AsNoTracking().SingleOrDefaultAsync(p => p.Id == id, ct)
            ?? throw new NotFoundException(Loc.T("规划", "Plan"));
        var goals = await db.Set<Goal>().AsNoTracking().Where(g => g.PlanId == id).ToListAsync(ct);
        var tasks = (await db.Set<WorkTask>().AsNoTracking().Where(t => t.PlanId == id).ToListAsync(ct))
            .OrderBy(t => t.SortOrder).ThenBy(t => t.Title).ToLookup(t => t.GoalId);
        var rows = new List<GoalRow>();
        void Add(Guid? parent, int depth)
        {
            foreach (var g in goals.Where(g => g.ParentId == parent || parent is null && g.ParentId is { } p
                         && goals.All(x => x.Id != p) && depth == 0)
                         .OrderBy(g => g.Level).ThenBy(g => g.Year).ThenBy(g => g.SortOrder).ThenBy(g => g.Title))
            {
                rows.Add(new GoalRow(g.Id, g.ParentId, g.Level, PlanRows.Level(g.Level), g.Year, g.Title,
                    g.Description, depth, g.Version, tasks[g.Id].Select(Task).ToList(), g.SortOrder));
                Add(g.Id, depth + 1);
            }
        }
        Add(null, 0);
        return new View(plan.Id, plan.Title, plan.StartYear, plan.EndYear, plan.DocumentNo, plan.Summary,
            plan.Version, db.InScope(plan.NodePath), rows);
    }

    public static TaskRow Task(WorkTask t) => new(t.Id, t.Title, t.OwnerUnit, t.Lead, t.Metric, t.MetricUnit, t.Done,
        t.Target, t.EndsOn, t.Warning, WarningNames.Of(t.Warning));
}
