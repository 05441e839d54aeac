namespace Tongxin.Web.Features.Plans;

/// <summary>
/// Create or edit a task (PLN-1, PLN-3, PLN-4) under a goal, a project or a work line. It lives at its owner's node
/// (a town or the county in the writer's scope), so the owner's users see and update it. A target above zero and a
/// period that ends on or after its start; the ladder is applied before saving.
/// </summary>
public sealed class SaveTask(TongxinDb db, TaskLadder ladder) : IHandler
{
    public sealed record Request(string? Title, Guid? NodeId, string? OwnerUnit, string? Lead, string? Metric,
        int? Target, DateOnly? StartsOn, DateOnly? EndsOn, Guid? GoalId = null, Guid? ProjectId = null,
        Guid? WorkLineId = null, string? Duty = null, string? MetricUnit = null, string? Evaluation = null,
        int SortOrder = 0, long Version = 0);

    public async Task<Guid> HandleAsync(Guid? id, Request r, CancellationToken ct = default)
    {
        var task = id is { } existing
            ? await PlanRows.WritableAsync<WorkTask>(db, existing, Loc.T("任务", "Task"), ct) : null;
        var check = new Check().Required(nameof(r.Title), Loc.T("任务名称", "Task title"), r.Title, 300)
            .Required(nameof(r.OwnerUnit), Loc.T("责任单位", "Owner unit"), r.OwnerUnit, 100)
            .Required(nameof(r.Lead), Loc.T("牵头人", "Lead"), r.Lead, 50)
            .Required(nameof(r.Metric), Loc.T("指标", "Metric"), r.Metric, 200)
            .Optional(nameof(r.MetricUnit), Loc.T("单位", "Unit"), r.MetricUnit, 10)
            .Optional(nameof(r.Duty), Loc.T("职责定位", "Duty"), r.Duty, 500)
            .Optional(nameof(r.Evaluation), Loc.T("考核评价", "Evaluation"), r.Evaluation, 1000)
            .That(r.Target is > 0, nameof(r.Target), Loc.T("目标值应大于 0", "The target must be above zero"))
            .That(r.StartsOn is not null, nameof(r.StartsOn), Loc.T("请填写开始日期", "Enter the start"))
            .That(r.EndsOn is not null, nameof(r.EndsOn), Loc.T("请填写完成时限", "Enter the end"))
            .That(r.StartsOn is null || r.EndsOn is null || r.EndsOn >= r.StartsOn, nameof(r.EndsOn),
                Loc.T("完成时限不能早于开始日期", "The end cannot be before the start"));
        var node = r.NodeId is { } nid ? await db.Regions.AsNoTracking().SingleOrDefaultAsync(x => x.Id == nid, ct)
            : null;
        check.That(node is not null && db.InScope(node.NodePath), nameof(r.NodeId),
            Loc.T("请选择您数据范围内的责任镇街或区县", "Choose an owner node in your scope"));
        var parents = new[] { r.GoalId, r.ProjectId, r.WorkLineId }.Count(x => x is not null);
        var parent = await ParentAsync(r, ct);
        check.That(parents == 1 && parent is not null, nameof(r.GoalId),
            Loc.T("任务应属于一个目标、工程或分线", "A task belongs to one goal, project or work line"))
            .That(parent is null || node is null
                || node.NodePath.StartsWith(parent.Value.Path, StringComparison.Ordinal),
                nameof(r.NodeId), Loc.T("责任节点应在上级规划所属节点之下", "The owner must be under the plan's node"));
        if (task is not null && r.StartsOn is { } s && r.EndsOn is { } e)
            check.That(!await db.Set<Milestone>()
                    .AnyAsync(m => m.TaskId == task.Id && (m.DueOn < s || m.DueOn > e), ct),
                nameof(r.EndsOn), Loc.T("已有节点不在新的任务期限内", "Some milestones fall outside the new period"));
        check.ThrowIfAny();
        if (task is null)
            task = db.Add(new WorkTask
            {
                Title = "", OwnerUnit = "", Lead = "", Metric = "", NodeId = node!.Id, NodePath = node.NodePath,
            }).Entity;
        else db.Entry(task).Property(x => x.Version).OriginalValue = r.Version;
        (task.GoalId, task.ProjectId, task.WorkLineId, task.PlanId) = (r.GoalId, r.ProjectId, r.WorkLineId,
            parent!.Value.PlanId);
        task.Title = r.Title!.Trim();
        (task.NodeId, task.NodePath) = (node!.Id, node.NodePath);
        task.OwnerUnit = r.OwnerUnit!.Trim();
        task.Lead = r.Lead!.Trim();
        task.Metric = r.Metric!.Trim();
        task.MetricUnit = Check.Clean(r.MetricUnit) ?? "项";
        task.Duty = Check.Clean(r.Duty);
        task.Evaluation = Check.Clean(r.Evaluation);
        task.Target = r.Target!.Value;
        (task.StartsOn, task.EndsOn) = (r.StartsOn!.Value, r.EndsOn!.Value);
        task.SortOrder = r.SortOrder;
        task.Derive();
        await ladder.ApplyAsync(task, ct);
        await db.SaveChangesAsync(ct);
        return task.Id;
    }

    private async Task<(string Path, Guid? PlanId)?> ParentAsync(Request r, CancellationToken ct)
    {
        if (r.GoalId is { } g)
            return await db.Set<Goal>().Where(x => x.Id == g).Select(x => new { x.NodePath, x.PlanId })
                .SingleOrDefaultAsync(ct) is { } goal ? (goal.NodePath, goal.PlanId) : null;
        if (r.ProjectId is { } p)
            return await db.Set<Project>().Where(x => x.Id == p).Select(x => x.NodePath).SingleOrDefaultAsync(ct)
                is { } path ? (path, null) : null;
        if (r.WorkLineId is { } w)
            return await db.Set<WorkLine>().Where(x => x.Id == w).Select(x => x.NodePath).SingleOrDefaultAsync(ct)
                is { } line ? (line, null) : null;
        return null;
    }
}
