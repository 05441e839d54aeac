namespace Tongxin.Web.Features.Plans;

/// <summary>
/// 我的任务 on a phone: the tasks in the user's scope (a town officer: their town's), the most urgent first, and one
/// task with its milestones and latest updates. The scope filter decides what is visible.
/// </summary>
public sealed class ListFieldTasks(TongxinDb db) : IHandler
{
    public sealed record Row(Guid Id, string Title, string OwnerUnit, string Metric, string MetricUnit, int Done,
        int Target, DateOnly EndsOn, WarningLevel Warning, string? WarningReason, DateOnly? LastUpdateOn);

    public sealed record Step(string Title, DateOnly DueOn, DateOnly? DoneOn);

    public sealed record Update(DateOnly Date, int Done, string Text, int FileCount, bool HasEvidence,
        string? RecordedByName);

    public sealed record Card(Row Task, DateOnly StartsOn, string Lead, IReadOnlyList<Step> Milestones,
        IReadOnlyList<Update> Updates);

    public Task<Paged<Row>> HandleAsync(int page, int year, CancellationToken ct = default) =>
        PageAsync(db.Set<WorkTask>().Where(t => t.Year == year), page, 20, ct);

    /// <summary>The field home's card: the year's tasks that are not 正常, the five most urgent, and how many.</summary>
    public Task<Paged<Row>> WarnedAsync(int year, CancellationToken ct = default) =>
        PageAsync(db.Set<WorkTask>().Where(t => t.Year == year && t.Warning != WarningLevel.None), 1, 5, ct);

    private static async Task<Paged<Row>> PageAsync(IQueryable<WorkTask> tasks, int page, int size,
        CancellationToken ct) =>
        await tasks.AsNoTracking()
            .OrderByDescending(t => t.Warning).ThenBy(t => t.EndsOn).ThenBy(t => t.Id)
            .Select(t => new Row(t.Id, t.Title, t.OwnerUnit, t.Metric, t.MetricUnit, t.Done, t.Target, t.EndsOn,
                t.Warning, t.WarningReason, t.LastUpdateOn))
            .ToPagedAsync(page, size, ct);

    public async Task<Card?> OneAsync(Guid id, CancellationToken ct = default)
    {
        var t = await db.Set<WorkTask>().AsNoTracking().SingleOrDefaultAsync(x => x.Id == id, ct);
        if (t is null) return null;
        var steps = await db.Set<Milestone>().AsNoTracking().Where(m => m.TaskId == id).OrderBy(m => m.DueOn)
            .Select(m => new Step(m.Title, m.DueOn, m.DoneOn)).ToListAsync(ct);
        var updates = await db.Set<ProgressUpdate>().AsNoTracking().Where(u => u.TaskId == id)
            .OrderByDescending(u => u.Date).ThenByDescending(u => u.Id).Take(10)
            .Select(u => new Update(u.Date, u.Done, u.Text, u.FileCount, u.HasEvidence, u.RecordedByName))
            .ToListAsync(ct);
        return new Card(new Row(t.Id, t.Title, t.OwnerUnit, t.Metric, t.MetricUnit, t.Done, t.Target, t.EndsOn,
            t.Warning, t.WarningReason, t.LastUpdateOn), t.StartsOn, t.Lead, steps, updates);
    }
}
