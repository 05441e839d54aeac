using System.Text.Json;
using Tongxin.Data.Audit;
using Tongxin.Web.Features.Export;

namespace Tongxin.Web.Features.People;

/// <summary>
/// Export the filtered people list to Excel (PPL-5, RPT-2): the same query and scope as the list, ID and phone
/// masked, affiliation only with "view sensitive", written to the audit log. More than 500 people with sensitive
/// fields need a second person's approval (SEC-12): the file is built only against an approved request of this user,
/// with the filter that was approved, once, within a day of approval. The limit counts the user's unapproved
/// sensitive exports of the last 24 hours too (<see cref="ExportAllowance"/>), so splitting does not dodge it.
/// </summary>
public sealed class ExportPeople(
    ListPeople list, TongxinDb db, CurrentUser user, TimeProvider clock, ExportAllowance allowance) : IHandler
{
    public const int MaxRows = 10_000;
    public const int ApprovalLimit = 500;

    public sealed record File(string Name, byte[] Content, int Rows);

    public async Task<File> HandleAsync(ListPeople.Query q, CancellationToken ct = default, Guid? approval = null)
    {
        var sensitive = user.Can(Permissions.PeopleSensitive); // the list below asks the same user
        var approved = approval is { } aid ? await ApprovedAsync(aid, ct) : null;
        if (approved is not null) q = JsonSerializer.Deserialize<ListPeople.Query>(approved.QueryJson)!;
        var page = await list.HandleAsync(q with { Page = 1, PageSize = 100 }, ct);
        if (page.Total > MaxRows)
            throw new ConflictException(Loc.T(
                $"一次最多导出 {MaxRows:N0} 人，当前 {page.Total:N0} 人，请缩小筛选范围",
                $"At most {MaxRows:N0} people per export, {page.Total:N0} selected; narrow the filter"));
        if (sensitive && approved is null
            && await allowance.RecentSensitiveRowsAsync(ct) is var recent
            && ExportAllowance.NeedsApproval(recent, page.Total))
            throw new ApprovalRequiredException(recent == 0
                ? Loc.T($"导出超过 {ApprovalLimit} 人的敏感信息（当前 {page.Total} 人）须经第二人审批："
                    + "请提交导出申请，批准后再下载",
                    $"Exporting sensitive fields of more than {ApprovalLimit} people ({page.Total} selected) needs a "
                    + "second person's approval: submit an export request and download once approved")
                : Loc.T($"您 24 小时内已导出 {recent} 人的敏感信息，加上本次 {page.Total} 人共 "
                    + $"{recent + page.Total} 人，超过 {ApprovalLimit} 人，须经第二人审批："
                    + "请提交导出申请，批准后再下载",
                    $"You exported sensitive fields of {recent} people in the last 24 hours; with these "
                    + $"{page.Total} that makes {recent + page.Total}, more than {ApprovalLimit}: it needs a second "
                    + "person's approval: submit an export request and download once approved"));
        var rows = new List<ListPeople.Row>(page.Items);
        for (var p = 2; rows.Count < page.Total; p++)
        {
            var next = await list.HandleAsync(q with { Page = p, PageSize = 100 }, ct);
            if (next.Items.Count == 0) break;
            rows.AddRange(next.Items);
        }
        var now = clock.GetUtcNow().UtcDateTime;
        string[] headers =
        [
            "姓名", "性别", "年龄", "类别", "政治面貌", "工作单位", "职务",
            "代表人士层级", "所属节点", "身份证号（脱敏）", "电话（脱敏）"
        ];
        var content = ExcelSheet.Build("人员库导出", Describe(q), db.CurrentUser.UserName ?? "", now, headers,
            rows.Select(r => (IReadOnlyList<object?>)[r.Name,
                r.Gender switch { Domain.People.Gender.Male => "男", Domain.People.Gender.Female => "女", _ => "" },
                r.Age, r.Categories, r.Affiliation, r.Employer, r.Position, r.Level, r.NodeName, r.IdMasked,
                r.PhoneMasked]));
        if (approved is not null) (approved.Status, approved.DownloadedUtc) = (ExportRequestStatus.Downloaded, now);
        db.AddAuditEvent(AuditEvents.Export, nameof(Person), null, db.CurrentUser.ScopePath,
            details: new
            {
                rows = rows.Count, filter = Describe(q), sensitive, approval = approved?.Id,
                approvedBy = approved?.DecidedBy
            });
        await db.SaveChangesAsync(ct);
        return new File($"人员库_{now:yyyyMMddHHmm}.xlsx", content, rows.Count);
    }

    private async Task<ExportRequest> ApprovedAsync(Guid id, CancellationToken ct)
    {
        var r = await db.ExportRequests
                .SingleOrDefaultAsync(x => x.Id == id && x.RequestedBy == db.CurrentUser.UserName, ct)
            ?? throw new ConflictException(Loc.T("导出申请不存在或不是您提交的",
                "The export request does not exist or was not submitted by you"));
        if (r.Status != ExportRequestStatus.Approved) throw new ConflictException(Loc.T(
            $"导出申请{ListExportRequests.StatusName(r.Status)}，不能下载",
            $"The export request is \"{ListExportRequests.StatusName(r.Status)}\" and cannot be downloaded"));
        if (r.DecidedUtc < clock.GetUtcNow().UtcDateTime.AddDays(-1)) throw new ConflictException(
            Loc.T("审批已超过 24 小时，请重新申请",
                "The approval is older than 24 hours; submit a new request"));
        return r;
    }

    /// <summary>Raised when the export needs a second person's approval first (SEC-12).</summary>
    public sealed class ApprovalRequiredException(string message) : ConflictException(message);

    public static string Describe(ListPeople.Query q) => string.Join("，", new[]
    {
        q.Q is { Length: > 0 } ? $"关键字 {q.Q}" : null,
        q.Category is { Length: > 0 } ? $"类别 {q.Category}" : null,
        q.Level is { Length: > 0 } ? $"层级 {q.Level}" : null,
        q.Affiliation is { Length: > 0 } ? $"政治面貌 {q.Affiliation}" : null,
        q.NodeId is { } n ? $"节点 {n}" : null,
    }.Where(x => x is not null));
}
