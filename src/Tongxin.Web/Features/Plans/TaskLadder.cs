using Microsoft.Extensions.Options;
using Tongxin.Domain.Time;

namespace Tongxin.Web.Features.Plans;

/// <summary>
/// Puts a task (or a rectification item) on the warning ladder (PLN-6) from its stored facts: the level, why, the
/// evidenced value and the date of the last evidenced update go on the row; a change of level is kept as a
/// <see cref="WarningEvent"/> (the ladder's history, never overwritten). The caller saves. Used after each
/// progress update and milestone change, and by the daily job.
/// </summary>
public sealed class TaskLadder(TongxinDb db, IOptions<TongxinOptions> options, TimeProvider clock) : IHandler
{
    public LadderSettings Settings => options.Value.Warnings.Ladder;

    public async Task<WarningEvent?> ApplyAsync(WorkTask task, CancellationToken ct = default)
    {
        var milestones = await CurrentAsync<Milestone, MilestoneDate>(m => m.TaskId == task.Id,
            m => new MilestoneDate(m.DueOn, m.DoneOn), ct);
        var updates = await CurrentAsync<ProgressUpdate, ProgressPoint>(u => u.TaskId == task.Id,
            u => new ProgressPoint(u.Date, u.Done, u.HasEvidence), ct);
        var today = ChinaTime.Today(clock);
        var verdict = WarningLadder.Judge(
            new TaskFacts(task.StartsOn, task.EndsOn, task.Target, milestones, updates), today, Settings);
        (task.Done, task.LastEvidenceOn) = (verdict.Done, verdict.LastEvidenceOn);
        task.LastUpdateOn = updates.Count > 0 ? updates.Max(u => u.Date) : null;
        return Record(nameof(WorkTask), task.Id, task.NodeId, task.NodePath, verdict.Level, verdict.Reason, today,
            task.Warning, level => (task.Warning, task.WarningSince, task.WarningReason) = (level, today,
                verdict.Reason), reason => task.WarningReason = reason);
    }

    public WarningEvent? Apply(RectificationItem item)
    {
        var today = ChinaTime.Today(clock);
        var (level, reason) = WarningLadder.JudgeItem(item.DueOn, item.Stage == RectificationStage.Closed, today,
            Settings);
        return Record(nameof(RectificationItem), item.Id, item.NodeId, item.NodePath, level, reason, today,
            item.Warning, l => (item.Warning, item.WarningSince, item.WarningReason) = (l, today, reason),
            r => item.WarningReason = r);
    }

    /// <summary>The rows as this unit of work sees them: saved ones, with changes, additions and removals not yet
    /// saved applied over them.</summary>
    private async Task<List<TFact>> CurrentAsync<TRow, TFact>(
        System.Linq.Expressions.Expression<Func<TRow, bool>> of, Func<TRow, TFact> fact, CancellationToken ct)
        where TRow : Entity
    {
        var rows = (await db.Set<TRow>().AsNoTracking().Where(of).ToListAsync(ct)).ToDictionary(r => r.Id);
        var match = of.Compile();
        foreach (var e in db.ChangeTracker.Entries<TRow>().Where(e => match(e.Entity)))
            if (e.State == EntityState.Deleted) rows.Remove(e.Entity.Id);
            else rows[e.Entity.Id] = e.Entity;
        return rows.Values.Select(fact).ToList();
    }

    private WarningEvent? Record(string type, Guid id, Guid nodeId, string nodePath, WarningLevel level,
        string reason, DateOnly today, WarningLevel was, Action<WarningLevel> change, Action<string> explain)
    {
        explain(reason);
        if (level == was) return null;
        change(level);
        return db.Set<WarningEvent>().Add(new WarningEvent
        {
            SubjectType = type, SubjectId = id, Level = level, RaisedOn = today, Reason = reason,
            NodeId = nodeId, NodePath = nodePath,
        }).Entity;
    }
}
