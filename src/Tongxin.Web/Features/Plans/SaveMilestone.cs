using Tongxin.Domain.Time;

namespace Tongxin.Web.Features.Plans;

/// <summary>
/// Add, edit or complete a milestone of a task (PLN-1). A date outside the task's period, or a move of an overdue
/// one, is refused with the ladder's own words (<see cref="WarningLadder.RefuseMove"/>); the first date is kept.
/// The task goes back on the ladder in the same save.
/// </summary>
public sealed class SaveMilestone(TongxinDb db, TaskLadder ladder, TimeProvider clock) : IHandler
{
    public sealed record Request(string? Title, DateOnly? DueOn, DateOnly? DoneOn = null, int SortOrder = 0,
        long Version = 0);

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
        if (r.DoneOn is { } done && r.DueOn is { } dueOn && done != milestone?.DoneOn
            && await EvidencedAsync(task, milestone?.Id, dueOn, done, ct) is { } from)
            check.Add(nameof(r.DoneOn), Loc.T(
                $"标记节点完成须有佐证：请先报送 {Loc.Date(from)} 至 {Loc.Date(done)} 间带佐证材料的进展",
                $"Completing a milestone needs evidence: report progress with a file dated {Loc.Date(from)} to "
                + $"{Loc.Date(done)} first"));
        check.ThrowIfAny();
        if (milestone is not null) db.Entry(milestone).Property(x => x.Version).OriginalValue = r.Version;
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

    /// <summary>PLN-7: a milestone is done only on evidence — an evidenced update of the task dated within the
    /// milestone's stretch (after the milestone before it, or the task's start, up to the completion day). Returns
    /// null when there is one, else the first day of the stretch.</summary>
    private async Task<DateOnly?> EvidencedAsync(WorkTask task, Guid? self, DateOnly dueOn, DateOnly done,
        CancellationToken ct)
    {
        var before = await db.Set<Milestone>().Where(m => m.TaskId == task.Id && m.Id != self && m.DueOn < dueOn)
            .MaxAsync(m => (DateOnly?)m.DueOn, ct);
        var from = before is { } b && b > task.StartsOn ? b : task.StartsOn;
        var evidenced = await db.Set<ProgressUpdate>().AnyAsync(u => u.TaskId == task.Id && u.HasEvidence
            && u.Date >= from && u.Date <= done, ct);
        return evidenced ? null : from;
    }
}
