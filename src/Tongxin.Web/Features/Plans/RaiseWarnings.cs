using Tongxin.Domain.Regions;
using Tongxin.Web.Features.Jobs;
using Tongxin.Web.Features.Notices;

namespace Tongxin.Web.Features.Plans;

/// <summary>
/// PLN-5, PLN-6 daily: every open task and every rectification item not yet closed goes back on the ladder; each
/// level reached becomes a notice to the owner — the users of the row's node who may update it (PlanUpdate for tasks,
/// LiaisonWrite for items) — and a 通报 also to the users of the node above who may read plans (the unit is listed
/// to its superiors). A re-run writes nothing new: the notice's key is the event's subject, level and date.
/// </summary>
public sealed class RaiseWarnings(TongxinDb db, TaskLadder ladder, NoticeService notices) : IScheduledJob
{
    public const string Name = "plan-warnings";

    public static string Link(Guid subjectId) => $"/plans/supervision?item={subjectId}";

    public static string DedupKey(WarningEvent e) => $"{e.SubjectId:N}:{e.Level}:{e.RaisedOn:yyyy-MM-dd}";

    /// <summary>Who must acknowledge an event of this kind: the permission the owner holds.</summary>
    public static string OwnerPermission(string subjectType) =>
        subjectType == nameof(WorkTask) ? Permissions.PlanUpdate : Permissions.LiaisonWrite;

    /// <summary>For start-up after the demo seed: the ladder over every row, without notices.</summary>
    public static async Task<int> RecomputeAllAsync(IServiceProvider sp, CancellationToken ct = default) =>
        (await sp.GetRequiredService<RaiseWarnings>().RecomputeAsync(ct)).Count;

    public async Task<string> RunAsync(CancellationToken ct)
    {
        var raised = await RecomputeAsync(ct);
        int sent = 0;
        foreach (var (e, title) in raised.Where(r => r.Event.Level > WarningLevel.None))
        {
            var owners = await UsersAsync(OwnerPermission(e.SubjectType), e.NodePath, ct);
            if (e.Level == WarningLevel.Reported && NodePath.SelfAndAncestors(e.NodePath) is { Count: > 1 } up)
                owners.AddRange(await UsersAsync(Permissions.PlanRead, up[^2], ct));
            var kind = e.SubjectType == nameof(WorkTask) ? "任务预警" : "整改预警";
            sent += await notices.SendAsync(owners, $"「{kind}·{Short(e.Level)}」{title}", e.Reason,
                Link(e.SubjectId), Name, DedupKey(e), ct);
        }
        var warned = raised.Count(r => r.Event.Level > WarningLevel.None);
        return $"重新研判任务和整改事项，{raised.Count} 项预警等级变化（其中 {warned} 项为预警）；新发通知 {sent} 条。";
    }

    /// <summary>The ladder over every open task and unclosed item (and those still flagged), each saved on its own;
    /// the events raised with their subject's title. A row another writer changed meanwhile (a progress update, a
    /// second run) is read again and judged afresh, so a level is recorded once.</summary>
    public async Task<List<(WarningEvent Event, string Title)>> RecomputeAsync(CancellationToken ct = default)
    {
        var raised = new List<(WarningEvent, string)>();
        var tasks = await db.Set<WorkTask>().Where(t => t.Done < t.Target || t.Warning != WarningLevel.None)
            .OrderBy(t => t.Id).Select(t => t.Id).ToListAsync(ct);
        foreach (var id in tasks)
            if (await OneAsync(id, (WorkTask t) => ladder.ApplyAsync(t, ct), t => t.Title, ct) is { } r)
                raised.Add(r);
        var items = await db.Set<RectificationItem>()
            .Where(i => i.Stage != RectificationStage.Closed || i.Warning != WarningLevel.None).OrderBy(i => i.Id)
            .Select(i => i.Id).ToListAsync(ct);
        foreach (var id in items)
            if (await OneAsync(id, (RectificationItem i) => Task.FromResult(ladder.Apply(i)), i => i.Title, ct)
                is { } r)
                raised.Add(r);
        return raised;
    }

    private async Task<(WarningEvent, string)?> OneAsync<T>(Guid id, Func<T, Task<WarningEvent?>> apply,
        Func<T, string> title, CancellationToken ct) where T : Entity
    {
        for (var attempt = 1; ; attempt++)
        {
            db.ChangeTracker.Clear();
            if (await db.Set<T>().SingleOrDefaultAsync(x => x.Id == id, ct) is not { } row) return null;
            var e = await apply(row);
            try
            {
                await db.SaveChangesAsync(ct);
                return e is null ? null : (e, title(row));
            }
            catch (DbUpdateConcurrencyException) when (attempt < 3) { }
        }
    }

    public static string Short(WarningLevel level) => level switch
    {
        WarningLevel.Blue => "蓝",
        WarningLevel.Yellow => "黄",
        WarningLevel.Red => "红",
        WarningLevel.Reported => "通报",
        _ => "正常",
    };

    /// <summary>Enabled users at exactly this node holding the permission through any of their roles.</summary>
    private async Task<List<string>> UsersAsync(string permission, string nodePath, CancellationToken ct)
    {
        var roles = db.RoleClaims.Where(c => c.ClaimType == Permissions.ClaimType && c.ClaimValue == permission)
            .Select(c => c.RoleId);
        var ids = db.UserRoles.Where(ur => roles.Contains(ur.RoleId)).Select(ur => ur.UserId);
        return await db.Users.AsNoTracking().Where(u => !u.IsDisabled && u.NodePath == nodePath && ids.Contains(u.Id))
            .OrderBy(u => u.Id).Select(u => u.Id).ToListAsync(ct);
    }
}
