using Tongxin.Domain.Documents;

namespace Tongxin.Web.Features.Documents;

/// <summary>
/// Create or edit a document. 发文字号 is validated and stored canonically (〔2019〕); a document published by an
/// ancestor node can be read but not changed (ACC-2): it is simply not found for writing.
/// </summary>
public sealed class SaveDocument(TongxinDb db) : IHandler
{
    public sealed record Request(string? Number, string? Title, string? Issuer, Guid? NodeId, Guid? BodyId,
        DateOnly? IssuedOn,
        DocumentStatus? Status, string? Summary, long Version = 0);

    public async Task<Guid> HandleAsync(Guid? id, Request r, CancellationToken ct = default)
    {
        var check = new Check().Required(nameof(r.Title), Loc.T("文件标题", "Document title"), r.Title, 200)
            .Required(nameof(r.Issuer), Loc.T("发文机关", "Issuing authority"), r.Issuer, 100)
            .Optional(nameof(r.Summary), Loc.T("摘要", "Summary"), r.Summary, 4000)
            .That(r.IssuedOn is not null, nameof(r.IssuedOn), Loc.T("请填写印发日期", "Enter the issue date"))
            .That(r.Status is null || Enum.IsDefined(r.Status.Value), nameof(r.Status), Loc.T("文件状态无效",
                "Invalid document status"));
        string? number = null;
        if (!string.IsNullOrWhiteSpace(r.Number))
        {
            if (DocumentNumber.TryParse(r.Number, out var parsed, out var error)) number = parsed!.ToString();
            else check.Add(nameof(r.Number), error!);
            if (parsed is not null && r.IssuedOn is { } on && on.Year != parsed.Year)
                check.Add(nameof(r.Number),
                    Loc.T($"发文字号年份 {parsed.Year} 与印发日期 {on.Year} 年不一致",
                    $"The document number year {parsed.Year} does not match the issue year {on.Year}"));
        }
        var node = r.NodeId is { } nid ? await db.Regions.SingleOrDefaultAsync(x => x.Id == nid, ct) : null;
        check.That(node is not null, nameof(r.NodeId), Loc.T("所属节点不存在或不在您的数据范围内",
            "The node does not exist or is outside your data scope"));
        if (r.BodyId is { } bid) check.That(await db.Bodies.AnyAsync(b => b.Id == bid, ct), nameof(r.BodyId),
            Loc.T("关联机构不存在或不在您的数据范围内",
            "The linked body does not exist or is outside your data scope"));
        if (number is not null
            && await db.Documents.IgnoreQueryFilters().AnyAsync(d => d.Number == number && d.Id != id, ct))
            check.Add(nameof(r.Number), Loc.T($"发文字号 {number} 已被其他文件使用",
                $"Document number {number} is already used by another document"));
        check.ThrowIfAny();

        var doc = id is { } existing ? await FindWritableAsync(existing, ct)
            : db.Documents.Add(new Document { Title = "", Issuer = "", NodePath = "" }).Entity;
        if (id is not null) db.Entry(doc).Property(x => x.Version).OriginalValue = r.Version;
        doc.Number = number;
        doc.Title = r.Title!.Trim();
        doc.Issuer = r.Issuer!.Trim();
        doc.BodyId = r.BodyId;
        doc.IssuedOn = r.IssuedOn!.Value;
        doc.Status = r.Status ?? DocumentStatus.InForce;
        doc.Summary = Check.Clean(r.Summary);
        doc.NodeId = node!.Id;
        doc.NodePath = node.NodePath;
        await db.SaveChangesAsync(ct);
        return doc.Id;
    }

    private async Task<Document> FindWritableAsync(Guid id, CancellationToken ct)
    {
        var doc = await db.Documents.SingleOrDefaultAsync(x => x.Id == id, ct);
        return Guard.InScope(db, doc, d => d.NodePath, Loc.T("文件", "File"));
    }
}
