namespace Tongxin.Web.Features.Plans;

/// <summary>
/// 三张清单 of a plan and year (PLN-2): 职责定位 (owner unit → its duties), 任务指标 (task → metric → target, with
/// the value reached and the colour) and 考核评价 (how each task is judged). The tasks are those the reader sees.
/// </summary>
public sealed class GetLists(TongxinDb db, TimeProvider clock) : IHandler
{
    public sealed record DutyRow(string OwnerUnit, IReadOnlyList<DutyItem> Duties);
    public sealed record DutyItem(Guid TaskId, string Duty, string Task, string Lead);
    public sealed record MetricRow(Guid TaskId, string Task, string OwnerUnit, string Metric, string MetricUnit,
        int Target, int Done, DateOnly EndsOn, WarningLevel Warning, string WarningName);
    public sealed record EvaluationRow(Guid TaskId, string Task, string OwnerUnit, string Evaluation);
    public sealed record View(Guid PlanId, string Plan, int Year, IReadOnlyList<int> Years,
        IReadOnlyList<DutyRow> Duties, IReadOnlyList<MetricRow> Metrics, IReadOnlyList<EvaluationRow> Evaluations);

    public async Task<View> HandleAsync(Guid planId, int? year, CancellationToken ct = default)
    {
        var plan = await db.Set<Plan>().AsNoTracking().SingleOrDefaultAsync(p => p.Id == planId, ct)
            ?? throw new NotFoundException(Loc.T("规划", "Plan"));
        var y = year is { } given && given >= plan.StartYear && given <= plan.EndYear ? given
            : Math.Clamp(clock.GetUtcNow().Year, plan.StartYear, plan.EndYear);
        var tasks = (await db.Set<WorkTask>().AsNoTracking().Where(t => t.PlanId == planId && t.Year == y)
            .ToListAsync(ct)).OrderBy(t => t.SortOrder).ThenBy(t => t.Title).ToList();
        var duties = tasks.GroupBy(t => t.OwnerUnit).OrderBy(g => g.Key)
            .Select(g => new DutyRow(g.Key, g.Select(t => new DutyItem(t.Id, t.Duty ?? t.Title, t.Title, t.Lead))
                .ToList())).ToList();
        var metrics = tasks.Select(t => new MetricRow(t.Id, t.Title, t.OwnerUnit, t.Metric, t.MetricUnit, t.Target,
            t.Done, t.EndsOn, t.Warning, WarningNames.Of(t.Warning))).ToList();
        var evaluations = tasks.Select(t => new EvaluationRow(t.Id, t.Title, t.OwnerUnit,
            t.Evaluation ?? Loc.T("—", "—"))).ToList();
        return new View(plan.Id, plan.Title, y, Enumerable.Range(plan.StartYear, plan.EndYear - plan.StartYear + 1)
            .ToList(), duties, metrics, evaluations);
    }
}
