using Tongxin.Data;
using Tongxin.Data.Audit;
using Tongxin.Data.Entities;
using Tongxin.Web.Features.Export;
using Tongxin.Web.Infrastructure;

namespace Tongxin.Web.Features.People;

/// <summary>
/// Export the filtered people list to Excel (PPL-5, RPT-2): the same query and scope as the list, ID and phone
/// masked, affiliation only with "view sensitive", written to the audit log. More than 500 people with sensitive
/// fields would need a second person's approval (SEC-12) — not built yet, so such an export is refused.
/// </summary>
public sealed class ExportPeople(ListPeople list, TongxinDb db, TimeProvider clock) : IHandler
{
    public const int MaxRows = 10_000;
    public const int ApprovalLimit = 500;

    public sealed record File(string Name, byte[] Content, int Rows);

    public async Task<File> HandleAsync(ListPeople.Query q, bool sensitive, CancellationToken ct = default)
    {
        var page = await list.HandleAsync(q with { Page = 1, PageSize = 100 }, sensitive, ct);
        if (page.Total > MaxRows) throw new ConflictException($"一次最多导出 {MaxRows:N0} 人，当前 {page.Total:N0} 人，请缩小筛选范围");
        if (sensitive && page.Total > ApprovalLimit)
            throw new ConflictException($"导出超过 {ApprovalLimit} 人的敏感信息需第二人审批（审批功能尚未上线），请缩小范围后再导出");
        var rows = new List<ListPeople.Row>(page.Items);
        for (var p = 2; rows.Count < page.Total; p++)
        {
            var next = await list.HandleAsync(q with { Page = p, PageSize = 100 }, sensitive, ct);
            if (next.Items.Count == 0) break;
            rows.AddRange(next.Items);
        }
        var now = clock.GetUtcNow().UtcDateTime;
        string[] headers = ["姓名", "性别", "年龄", "类别", "政治面貌", "工作单位", "职务", "代表人士层级", "所属节点", "身份证号（脱敏）", "电话（脱敏）"];
        var content = ExcelSheet.Build("人员库导出", Describe(q), db.CurrentUser.UserName ?? "", now, headers,
            rows.Select(r => (IReadOnlyList<object?>)[r.Name, r.Gender switch { Domain.People.Gender.Male => "男", Domain.People.Gender.Female => "女", _ => "" },
                r.Age, r.Categories, r.Affiliation, r.Employer, r.Position, r.Level, r.NodeName, r.IdMasked, r.PhoneMasked]));
        db.AddAuditEvent(AuditEvents.Export, nameof(Person), null, db.CurrentUser.ScopePath, details: new { rows = rows.Count, filter = Describe(q), sensitive });
        await db.SaveChangesAsync(ct);
        return new File($"人员库_{now:yyyyMMddHHmm}.xlsx", content, rows.Count);
    }

    private static string Describe(ListPeople.Query q) => string.Join("，", new[]
    {
        q.Q is { Length: > 0 } ? $"关键字 {q.Q}" : null, q.Category is { Length: > 0 } ? $"类别 {q.Category}" : null,
        q.Level is { Length: > 0 } ? $"层级 {q.Level}" : null, q.Affiliation is { Length: > 0 } ? $"政治面貌 {q.Affiliation}" : null,
        q.NodeId is { } n ? $"节点 {n}" : null,
    }.Where(x => x is not null));
}
