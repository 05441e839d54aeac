namespace Tongxin.Web.Features.Plans;

/// <summary>A task (PLN-1, PLN-7): details, milestones, progress updates with their evidence files and its warning
/// history. Another town's task is not found.</summary>
public sealed class GetTask(TongxinDb db) : IHandler
{
    public sealed record MilestoneRow(Guid Id, string Title, DateOnly DueOn, DateOnly FirstDueOn, DateOnly? DoneOn,
        int SortOrder, long Version);
    public sealed record FileRow(Guid Id, string FileName, long Size);
    public sealed record UpdateRow(Guid Id, DateOnly Date, int Done, string Text, bool HasEvidence,
        string? RecordedByName, IReadOnlyList<FileRow> Files);
    public sealed record EventRow(Guid Id, WarningLevel Level, string LevelName, DateOnly RaisedOn, string Reason,
        DateTime? AcknowledgedUtc, string? AcknowledgedBy);
    public sealed record View(Guid Id, string Title, Guid? PlanId, Guid? GoalId, Guid? ProjectId, Guid? WorkLineId,
        string? Parent, Guid NodeId, string NodeName, string OwnerUnit, string Lead, string? Duty, string Metric,
        string MetricUnit, int Target, int Done, string? Evaluation, DateOnly StartsOn, DateOnly EndsOn,
        WarningLevel Warning, string WarningName, string? WarningReason, int SortOrder, long Version,
        IReadOnlyList<MilestoneRow> Milestones, IReadOnlyList<UpdateRow> Updates, IReadOnlyList<EventRow> History);

    public async Task<View> HandleAsync(Guid id, CancellationToken ct = default)
    {
        var t = await db.Set<WorkTask>().AsNoTracking().SingleOrDefaultAsync(x => x.Id == id, ct)
            ?? throw new NotFoundException(Loc.T("任务", "Task"));
        var milestones = await db.Set<Milestone>().AsNoTracking().Where(m => m.TaskId == id)
            .OrderBy(m => m.DueOn).ThenBy(m => m.SortOrder)
            .Select(m => new MilestoneRow(m.Id, m.Title, m.DueOn, m.FirstDueOn, m.DoneOn, m.SortOrder,
                m.Version))
            .ToListAsync(ct);
        var updates = await db.Set<ProgressUpdate>().AsNoTracking().Where(u => u.TaskId == id)
            .OrderByDescending(u => u.Date).ThenByDescending(u => u.Id).ToListAsync(ct);
        var ids = updates.Select(u => u.Id).ToList();
        var files = (await db.Set<EvidenceFile>().AsNoTracking()
            .Where(f => f.OwnerType == nameof(ProgressUpdate) && ids.Contains(f.OwnerId)).ToListAsync(ct))
            .ToLookup(f => f.OwnerId);
        var history = await db.Set<WarningEvent>().AsNoTracking()
            .Where(e => e.SubjectType == nameof(WorkTask) && e.SubjectId == id)
            .OrderByDescending(e => e.RaisedOn).ThenByDescending(e => e.Id).ToListAsync(ct);
        var node = await db.Regions.AsNoTracking().Where(r => r.Id == t.NodeId)
            .Select(r => r.Name).SingleOrDefaultAsync(ct);
        var parent = t.GoalId is { } g ? await db.Set<Goal>().Where(x => x.Id == g).Select(x => x.Title)
                .SingleOrDefaultAsync(ct)
            : t.ProjectId is { } p ? await db.Set<Project>().Where(x => x.Id == p).Select(x => x.Name)
                .SingleOrDefaultAsync(ct)
            : t.WorkLineId is { } w ? await db.Set<WorkLine>().Where(x => x.Id == w).Select(x => x.Name)
                .SingleOrDefaultAsync(ct) : null;
        return new View(t.Id, t.Title, t.PlanId, t.GoalId, t.ProjectId, t.WorkLineId, parent, t.NodeId, node ?? "—",
            t.OwnerUnit, t.Lead, t.Duty, t.Metric, t.MetricUnit, t.Target, t.Done, t.Evaluation, t.StartsOn,
            t.EndsOn, t.Warning, WarningNames.Of(t.Warning), t.WarningReason, t.SortOrder, t.Version, milestones,
            updates.Select(u => new UpdateRow(u.Id, u.Date, u.Done, u.Text, u.HasEvidence, u.RecordedByName,
                files[u.Id].Select(f => new FileRow(f.Id, f.FileName, f.Size)).ToList())).ToList(),
            history.Select(e => new EventRow(e.Id, e.Level, WarningNames.Of(e.Level), e.RaisedOn, e.Reason,
                e.AcknowledgedUtc, e.AcknowledgedBy)).ToList());
    }
}
