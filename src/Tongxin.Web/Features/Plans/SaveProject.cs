namespace Tongxin.Web.Features.Plans;

/// <summary>Create or edit a 工程 (PLN-3) of a year at the writer's node: name, field, 牵头领导.</summary>
public sealed class SaveProject(TongxinDb db) : IHandler
{
    public sealed record Request(int? Year, string? Name, string? Field = null, string? Leader = null,
        string? Summary = null, string? DocumentNo = null, int SortOrder = 0, long Version = 0);

    public async Task<Guid> HandleAsync(Guid? id, Request r, CancellationToken ct = default)
    {
        new Check().Required(nameof(r.Name), Loc.T("工程名称", "Project name"), r.Name, 200)
            .That(r.Year is >= 2000 and <= 2100, nameof(r.Year), Loc.T("请填写年度", "Enter the year"))
            .Optional(nameof(r.Field), Loc.T("领域", "Field"), r.Field, 100)
            .Optional(nameof(r.Leader), Loc.T("牵头领导", "Leader"), r.Leader, 100)
            .Optional(nameof(r.DocumentNo), Loc.T("文号", "Document number"), r.DocumentNo, 100)
            .Optional(nameof(r.Summary), Loc.T("概述", "Summary"), r.Summary, 4000).ThrowIfAny();
        Project p;
        if (id is { } existing)
        {
            p = await PlanRows.WritableAsync<Project>(db, existing, Loc.T("工程", "Project"), ct);
            db.Entry(p).Property(x => x.Version).OriginalValue = r.Version;
        }
        else
        {
            var home = await PlanRows.HomeAsync(db, ct);
            p = db.Add(new Project { Name = "", NodeId = home.Id, NodePath = home.NodePath }).Entity;
        }
        (p.Year, p.Name, p.Field, p.Leader) = (r.Year!.Value, r.Name!.Trim(), Check.Clean(r.Field),
            Check.Clean(r.Leader));
        (p.DocumentNo, p.SortOrder) = (Check.Clean(r.DocumentNo), r.SortOrder);
        p.Summary = r.Summary?.Trim() is { Length: > 0 } s ? s : null;
        await db.SaveChangesAsync(ct);
        return p.Id;
    }
}
