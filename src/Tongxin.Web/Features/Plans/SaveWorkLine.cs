namespace Tongxin.Web.Features.Plans;

/// <summary>Create or edit a 分线作战 line (PLN-4) of a year: its leader, 责任单位 and document number.</summary>
public sealed class SaveWorkLine(TongxinDb db) : IHandler
{
    public sealed record Request(int? Year, string? Name, string? Leader, string? Units = null,
        string? DocumentNo = null, int SortOrder = 0, long Version = 0);

    public async Task<Guid> HandleAsync(Guid? id, Request r, CancellationToken ct = default)
    {
        new Check().Required(nameof(r.Name), Loc.T("分线名称", "Line name"), r.Name, 200)
            .That(r.Year is >= 2000 and <= 2100, nameof(r.Year), Loc.T("请填写年度", "Enter the year"))
            .Required(nameof(r.Leader), Loc.T("分管领导", "Leader"), r.Leader, 100)
            .Optional(nameof(r.Units), Loc.T("责任单位", "Units"), r.Units, 1000)
            .Optional(nameof(r.DocumentNo), Loc.T("文号", "Document number"), r.DocumentNo, 100).ThrowIfAny();
        WorkLine line;
        if (id is { } existing)
        {
            line = await PlanRows.WritableAsync<WorkLine>(db, existing, Loc.T("分线", "Work line"), ct);
            db.Entry(line).Property(x => x.Version).OriginalValue = r.Version;
        }
        else
        {
            var home = await PlanRows.HomeAsync(db, ct);
            line = db.Add(new WorkLine { Name = "", Leader = "", NodeId = home.Id, NodePath = home.NodePath }).Entity;
        }
        (line.Year, line.Name, line.Leader) = (r.Year!.Value, r.Name!.Trim(), r.Leader!.Trim());
        line.Units = string.Join("、", (r.Units ?? "").Split(['、', ',', '，', ';', '；'],
            StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries));
        (line.DocumentNo, line.SortOrder) = (Check.Clean(r.DocumentNo), r.SortOrder);
        await db.SaveChangesAsync(ct);
        return line.Id;
    }
}
