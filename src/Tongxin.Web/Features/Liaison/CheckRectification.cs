using Tongxin.Domain.Time;

namespace Tongxin.Web.Features.Liaison;

/// <summary>
/// 对账: the owner reports what was done (LIA-4). Who reported it is kept on the item, so the 销账 can be refused to
/// the same user.
/// </summary>
public sealed class CheckRectification(TongxinDb db, CurrentUser user, TimeProvider clock,
    Plans.TaskLadder ladder) : IHandler
{
    public sealed record Request(string? Progress, long Version = 0);

    public async Task HandleAsync(Guid id, Request r, CancellationToken ct = default)
    {
        var item = await db.Set<RectificationItem>().SingleOrDefaultAsync(i => i.Id == id, ct)
            ?? throw new NotFoundException(Loc.T("整改事项", "Rectification item"));
        new Check().That(item.Stage != RectificationStage.Closed, nameof(r.Progress),
                Loc.T("已销账的事项不能再对账", "A closed item cannot be checked again"))
            .Required(nameof(r.Progress), Loc.T("整改进展", "Progress"), r.Progress, 2000).ThrowIfAny();
        (item.Progress, item.Stage, item.CheckedOn, item.CheckedBy) =
            (r.Progress!.Trim(), RectificationStage.Checked, ChinaTime.Today(clock), user.UserId);
        ladder.Apply(item);
        await db.SaveChangesAsync(ct);
    }
}
