using System.Text.Json;
using Tongxin.Data.Audit;
using Tongxin.Web.Features.Export;

namespace Tongxin.Web.Features.People;

using Kinds = Tongxin.Data.Seed.Dictionaries;

/// <summary>
/// Export the filtered people list to Excel (PPL-5, RPT-2): the same query and scope as the list, ID and phone
/// masked, affiliation only with "view sensitive", written to the audit log. More than 500 people with sensitive
/// fields need a second person's approval (SEC-12): the file is built only against an approved request of this user,
/// with the filter that was approved, once, within a day of approval. The limit counts the user's unapproved
/// sensitive exports of the last 24 hours too (<see cref="ExportAllowance"/>), so splitting does not dodge it.
/// </summary>
public sealed class ExportPeople(
    ListPeople list, TongxinDb db, CurrentUser user, TimeProvider clock, ExportAllowance allowance,
    Dictionaries.PeopleDictionary dictionary) : IHandler
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
        var nodeName = q.NodeId is { } node
            ? await db.Regions.Where(x => x.Id == node).Select(x => x.Name).FirstOrDefaultAsync(ct) : null;
        var filter = Describe(q, await dictionary.HandleAsync(ct), nodeName);
        var content = ExcelSheet.Build("人员库导出", filter, db.CurrentUser.UserName ?? "", now, headers,
            rows.Select(r => (IReadOnlyList<object?>)[r.Name,
                r.Gender switch { Domain.People.Gender.Male => "男", Domain.People.Gender.Female => "女", _ => "" },
                r.Age, r.Categories, r.Affiliation, r.Employer, r.Position, r.Level, r.NodeName, r.IdMasked,
                r.PhoneMasked]));
        if (approved is not null) (approved.Status, approved.DownloadedUtc) = (ExportRequestStatus.Downloaded, now);
        db.AddAuditEvent(AuditEvents.Export, nameof(Person), null, db.CurrentUser.ScopePath,
            details: new
            {
                rows = rows.Count, filter, sensitive, approval = approved?.Id,
                approvedBy = approved?.DecidedBy
            });
        await db.SaveChangesAsync(ct);
        // The file is named in Beijing time, as its 导出时间 line reads.
        return new File($"人员库_{Loc.Stamp(now)}.xlsx", content, rows.Count);
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

    /// <summary>
    /// The 筛选条件 line: every filter the list applied, by its Chinese name (dictionary names and the node's name
    /// when known); empty for the whole list.
    /// </summary>
    public static string Describe(ListPeople.Query q, Dictionaries.PeopleDictionary.Result? dict = null,
        string? nodeName = null)
    {
        string Named(string kind, string code) => dict?.Name(kind, code) ?? code;
        return string.Join("，", new[]
        {
            Check.Clean(q.Q) is { } text ? $"关键字“{text}”" : null,
            Check.Clean(q.Category) is { } c ? $"类别：{Named(Kinds.Category, c)}" : null,
            Check.Clean(q.Level) is { } l ? $"层级：{Named(Kinds.Level, l)}" : null,
            Check.Clean(q.Affiliation) is { } a ? $"政治面貌：{Named(Kinds.Affiliation, a)}" : null,
            Check.Clean(q.Tag) is { } t ? $"标签：{t}" : null,
            q.NodeId is { } n ? $"所属节点：{nodeName ?? n.ToString()}" : null,
        }.Where(x => x is not null));
    }
}
