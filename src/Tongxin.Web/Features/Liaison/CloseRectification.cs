using Tongxin.Domain.Time;

namespace Tongxin.Web.Features.Liaison;

/// <summary>
/// 销账 (LIA-4): only an item that was checked, has evidence, and is signed off by a reviewer (整改销账审核) who
/// is not the user who did the 对账. Otherwise refused, nothing written.
/// </summary>
public sealed class CloseRectification(TongxinDb db, CurrentUser user, TimeProvider clock,
    Plans.TaskLadder ladder) : IHandler
{
    public async Task HandleAsync(Guid id, CancellationToken ct = default)
    {
        var item = await db.Set<RectificationItem>().SingleOrDefaultAsync(i => i.Id == id, ct)
            ?? throw new NotFoundException(Loc.T("整改事项", "Rectification item"));
        var checkedBy = item.CheckedBy;
        const string field = "Stage";
        new Check().That(item.Stage == RectificationStage.Checked, field, item.Stage == RectificationStage.Closed
                ? Loc.T("该事项已销账", "The item is already closed")
                : Loc.T("请先对账（填报整改进展），再销账", "Check the item (report progress) before closing it"))
            .That(item.FileCount > 0, "file", Loc.T("销账须上传至少一份佐证材料",
                "Closing needs at least one evidence file"))
            .That(user.Can(Permissions.LiaisonReview), "Reviewer",
                Loc.T("销账须由具有“整改销账审核”权限的审核人签字确认",
                    "Closing needs the sign-off of a reviewer holding the rectification review permission"))
            .That(checkedBy is null || checkedBy != user.UserId, "Reviewer",
                Loc.T("对账人不能为本事项销账，请由其他审核人签字确认",
                    "The user who checked the item cannot close it; another reviewer must sign off"))
            .ThrowIfAny();
        (item.Stage, item.ClosedOn, item.ReviewedBy, item.ReviewerName) = (RectificationStage.Closed,
            ChinaTime.Today(clock), user.UserId, Trim(user.Principal.DisplayName()));
        ladder.Apply(item);
        await db.SaveChangesAsync(ct);
    }

    private static string Trim(string name) => name.Length <= 50 ? name : name[..50];
}
