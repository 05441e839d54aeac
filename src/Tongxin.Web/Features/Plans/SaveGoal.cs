namespace Tongxin.Web.Features.Plans;

/// <summary>Add or edit a goal of a plan (PLN-1): its level, the year of an annual goal (within the plan's years),
/// and the goal above it (of the same plan, on a higher level).</summary>
public sealed class SaveGoal(TongxinDb db) : IHandler
{
    public sealed record Request(Guid? PlanId, GoalLevel? Level, string? Title, int? Year = null,
        Guid? ParentId = null, string? Description = null, int SortOrder = 0, long Version = 0);

    public async Task<Guid> HandleAsync(Guid? id, Request r, CancellationToken ct = default)
    {
        var goal = id is { } existing ? await PlanRows.WritableAsync<Goal>(db, existing, Loc.T("目标", "Goal"), ct)
            : null;
        var planId = goal?.PlanId ?? r.PlanId ?? Guid.Empty;
        var plan = await PlanRows.WritableAsync<Plan>(db, planId, Loc.T("规划", "Plan"), ct);
        var parent = r.ParentId is { } pid
            ? await db.Set<Goal>().AsNoTracking().SingleOrDefaultAsync(g => g.Id == pid && g.PlanId == plan.Id, ct)
            : null;
        var check = new Check().Required(nameof(r.Title), Loc.T("目标", "Goal"), r.Title, 300)
            .Optional(nameof(r.Description), Loc.T("说明", "Description"), r.Description, 4000)
            .That(r.Level is not null && Enum.IsDefined(r.Level.Value), nameof(r.Level),
                Loc.T("请选择目标层级", "Choose the level"))
            .That(r.ParentId is null || parent is not null && parent.Id != id, nameof(r.ParentId),
                Loc.T("上级目标不属于本规划", "The parent goal is not of this plan"))
            .That(parent is null || r.Level is null || parent.Level < r.Level, nameof(r.ParentId),
                Loc.T("上级目标的层级应高于本目标", "The parent goal must be on a higher level"));
        if (r.Level == GoalLevel.Annual)
            check.That(r.Year is not null, nameof(r.Year), Loc.T("年度目标请填写年份", "Enter the year"))
                .That(r.Year is null || r.Year >= plan.StartYear && r.Year <= plan.EndYear, nameof(r.Year),
                    Loc.T($"年度目标的年份应在规划年份 {plan.StartYear}–{plan.EndYear} 之内",
                        $"The year must be within the plan's years, {plan.StartYear}–{plan.EndYear}"));
        else
            check.That(r.Year is null || r.Year >= plan.StartYear && r.Year <= plan.EndYear, nameof(r.Year),
                Loc.T($"年份应在规划年份 {plan.StartYear}–{plan.EndYear} 之内",
                    $"The year must be within the plan's years, {plan.StartYear}–{plan.EndYear}"));
        check.ThrowIfAny();
        if (goal is null)
            goal = db.Add(new Goal { PlanId = plan.Id, Title = "", NodeId = plan.NodeId, NodePath = plan.NodePath })
                .Entity;
        else db.Entry(goal).Property(x => x.Version).OriginalValue = r.Version;
        goal.Level = r.Level!.Value;
        goal.Year = r.Year;
        goal.ParentId = parent?.Id;
        goal.Title = r.Title!.Trim();
        goal.Description = r.Description?.Trim() is { Length: > 0 } d ? d : null;
        goal.SortOrder = r.SortOrder;
        await db.SaveChangesAsync(ct);
        return goal.Id;
    }
}
