using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Tongxin.Web.Features.Duties;
using Tongxin.Web.Features.Notices;

namespace Tongxin.Web.Features.Jobs;

/// <summary>
/// OBL-4: each enabled user who may view duties gets one notice a day listing this year's duties in their scope that
/// are behind — the home page's reminder card (<see cref="GetDutyReminders"/>), computed as that user. Users of one
/// node and member unit see the same duties, so each such group is computed once. A re-run on the same day writes
/// nothing new (the notice's de-duplication key is the Beijing date).
/// </summary>
public sealed class DutyReminders(
    TongxinDb db, IServiceScopeFactory scopes, IUserClaimsPrincipalFactory<AppUser> principals,
    NoticeService notices, TimeProvider clock) : IScheduledJob
{
    public const string Name = "duty-reminders";
    public const string Link = "/duties/compliance?status=Behind";

    public async Task<string> RunAsync(CancellationToken ct)
    {
        var readers = await UsersWhoCanAsync(Permissions.DutyRead, ct);
        var today = Loc.Date(DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(clock.GetUtcNow().UtcDateTime,
            TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai"))));
        int sent = 0, behind = 0;
        foreach (var group in readers.GroupBy(u => (u.NodePath, u.MemberUnitId)))
        {
            var reminders = await RemindersAsAsync(group.First(), ct);
            if (reminders.Behind == 0) continue;
            behind += group.Count();
            var lines = reminders.Top.Select(r =>
                $"· {r.Subject}：{r.Title}（{r.Done} / {r.Required}，{GetCompliance.Explain(r)}）");
            var more = reminders.Behind > reminders.Top.Count
                ? $"\n……另有 {reminders.Behind - reminders.Top.Count} 项，见落实情况。" : "";
            sent += await notices.SendAsync(group.Select(u => u.Id).ToList(),
                $"{reminders.Year} 年有 {reminders.Behind} 项制度任务滞后",
                string.Join("\n", lines) + more, Link, Name, today, ct);
        }
        return $"{readers.Count} 名用户可查看制度任务，其中 {behind} 名范围内有滞后任务；新发通知 {sent} 条。";
    }

    private async Task<GetDutyReminders.Result> RemindersAsAsync(AppUser user, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<HttpCurrentUser>().Use(await principals.CreateAsync(user));
        return await scope.ServiceProvider.GetRequiredService<GetDutyReminders>().HandleAsync(5, ct);
    }

    /// <summary>Enabled users holding the permission through any of their roles.</summary>
    private async Task<List<AppUser>> UsersWhoCanAsync(string permission, CancellationToken ct)
    {
        var roles = db.RoleClaims.Where(c => c.ClaimType == Permissions.ClaimType && c.ClaimValue == permission)
            .Select(c => c.RoleId);
        var ids = db.UserRoles.Where(ur => roles.Contains(ur.RoleId)).Select(ur => ur.UserId);
        return await db.Users.AsNoTracking().Where(u => !u.IsDisabled && ids.Contains(u.Id)).OrderBy(u => u.Id)
            .ToListAsync(ct);
    }
}
