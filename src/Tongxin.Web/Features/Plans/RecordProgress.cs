using Tongxin.Domain.Time;
using Tongxin.Web.Infrastructure.Uploads;

namespace Tongxin.Web.Features.Plans;

/// <summary>
/// 报送进展 (PLN-1, PLN-7): a progress update of a task — the value reached, what was done, and files or photos as
/// evidence — then the task goes back on the ladder. An update without a file is kept and shown, but its value does
/// not count and it cannot lift a warning (报喜不报忧). The task must be in the user's scope (a town officer reports
/// only for their town). Files and rows are written in one unit: a refused file leaves no update and no file.
/// </summary>
public sealed class RecordProgress(TongxinDb db, TaskLadder ladder, EvidenceFiles files, CurrentUser user,
    TimeProvider clock) : IHandler
{
    public const string OwnerType = nameof(ProgressUpdate);

    public sealed record Request(Guid? TaskId, DateOnly? Date, int? Done, string? Text);

    public sealed record Upload(string FileName, Func<Stream> Open);

    public sealed record Result(Guid Id, Guid TaskId, bool HasEvidence, WarningLevel Warning, string? Reason);

    public async Task<Result> HandleAsync(Request r, IReadOnlyList<Upload> uploads, CancellationToken ct = default)
    {
        var task = r.TaskId is { } id ? await db.Set<WorkTask>().SingleOrDefaultAsync(t => t.Id == id, ct) : null;
        if (task is null) throw new NotFoundException(Loc.T("任务", "Task"));
        var today = ChinaTime.Today(clock);
        new Check().That(r.Date is not null && r.Date <= today && r.Date >= task.StartsOn.AddDays(-31),
                nameof(r.Date), Loc.T($"请填写进展日期（{task.StartsOn.AddDays(-31):yyyy-MM-dd} 至今天）",
                    $"Enter the date (from {task.StartsOn.AddDays(-31):yyyy-MM-dd} to today)"))
            .That(r.Done is >= 0 && r.Done <= Math.Max(task.Target * 10, 10000), nameof(r.Done),
                Loc.T($"请填写当前完成值（0 至 {Math.Max(task.Target * 10, 10000)}，目标 {task.Target} {task.MetricUnit}）",
                    $"Enter the value reached (0 to {Math.Max(task.Target * 10, 10000)}; target {task.Target})"))
            .Required(nameof(r.Text), Loc.T("进展情况", "What was done"), r.Text, 2000)
            .That(uploads.Count <= 9, "file", Loc.T("每次最多 9 个文件", "At most 9 files at a time"))
            .ThrowIfAny();
        await using var scope = await db.BeginWriteAsync(ct);
        var update = db.Set<ProgressUpdate>().Add(new ProgressUpdate
        {
            TaskId = task.Id, Date = r.Date!.Value, Done = r.Done!.Value, Text = r.Text!.Trim(),
            RecordedBy = user.UserId, RecordedByName = Cut(user.Principal.DisplayName(), 50),
            NodeId = task.NodeId, NodePath = task.NodePath,
        }).Entity;
        foreach (var u in uploads)
        {
            await using var content = u.Open();
            Add(await files.StoreAsync(u.FileName, content, task.NodePath, ct), update);
        }
        await ladder.ApplyAsync(task, ct);
        await db.SaveChangesAsync(ct);
        await scope.CommitAsync(ct);
        return new Result(update.Id, task.Id, update.HasEvidence, task.Warning, task.WarningReason);
    }

    /// <summary>A file added to an earlier update (the API's second step): it becomes evidence, the ladder runs.
    /// </summary>
    public async Task<Guid> AttachAsync(Guid updateId, string fileName, Stream content, CancellationToken ct = default)
    {
        var update = await db.Set<ProgressUpdate>().SingleOrDefaultAsync(u => u.Id == updateId, ct)
            ?? throw new NotFoundException(Loc.T("进展", "Progress update"));
        var task = await db.Set<WorkTask>().SingleAsync(t => t.Id == update.TaskId, ct);
        await using var scope = await db.BeginWriteAsync(ct);
        var file = Add(await files.StoreAsync(fileName, content, task.NodePath, ct), update);
        await ladder.ApplyAsync(task, ct);
        await db.SaveChangesAsync(ct);
        await scope.CommitAsync(ct);
        return file.Id;
    }

    private EvidenceFile Add(EvidenceFiles.Stored s, ProgressUpdate update)
    {
        update.FileCount++;
        update.HasEvidence = true;
        return db.Set<EvidenceFile>().Add(new EvidenceFile
        {
            OwnerType = OwnerType, OwnerId = update.Id, FileName = s.FileName, StoredName = s.StoredName,
            ContentType = s.ContentType, Size = s.Size, Sha256 = s.Sha256, StampedName = s.StampedName,
            NodeId = update.NodeId, NodePath = update.NodePath,
        }).Entity;
    }

    private static string? Cut(string? s, int max) => s is null || s.Length <= max ? s : s[..max];
}
