using Tongxin.Domain.Time;

namespace Tongxin.Web.Features.Plans;

/// <summary>
/// Add, edit or complete a milestone of a task (PLN-1). A date outside the task's period, or a move of an overdue
/// one, is refused with the ladder's own words (<see cref="WarningLadder.RefuseMove"/>); the first date is kept.
/// The task goes back on the ladder in the same save.
/// </summary>
public sealed class SaveMilestone(TongxinDb db, TaskLadder ladder, TimeProvider clock) : IHandler
{
    public sealed record Request(string? Title, DateOnly? DueOn, DateOnly? DoneOn = null, int SortOrder = 0);

    public async Task<Guid> HandleAsync(Guid taskId, Guid? id, Request r, CancellationToken ct = default)
    {
        var task = await PlanRows.WritableAsync<WorkTask>(db, taskId, Loc.T("任务", "Task"), ct);
        var milestone = id is { } mid
            ? await db.Set<Milestone>().SingleOrDefaultAsync(m => m.Id == mid && m.TaskId == task.Id, ct)
                ?? throw new NotFoundException(Loc.T("节点", "Milestone"))
            : null;
        var today = ChinaTime.Today(clock);
        var check = new Check().Required(nameof(r.Title), Loc.T("节点名称", "Milestone"), r.Title, 200)
            .That(r.DueOn is not null, nameof(r.DueOn), Loc.T("请填写节点日期", "Enter the date"))
            .That(r.DoneOn is null || r.DoneOn <= today, nameof(r.DoneOn),
                Loc.T("完成日期不能晚于今天", "The completion cannot be later than today"));
        if (r.DueOn is { } due && WarningLadder.RefuseMove(milestone?.DueOn ?? due, due, task.StartsOn, task.EndsOn,
                today) is { } refused)
            check.Add(nameof(r.DueOn), refused);
        check.ThrowIfAny();
        milestone ??= db.Add(new Milestone
        {
            TaskId = task.Id, Title = "", DueOn = r.DueOn!.Value, FirstDueOn = r.DueOn!.Value,
            NodeId = task.NodeId, NodePath = task.NodePath,
        }).Entity;
        milestone.Title = r.Title!.Trim();
        milestone.DueOn = r.DueOn!.Value;
        milestone.DoneOn = r.DoneOn;
        milestone.SortOrder = r.SortOrder;
        await ladder.ApplyAsync(task, ct);
        await db.SaveChangesAsync(ct);
        return milestone.Id;
    }
}
