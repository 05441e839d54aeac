namespace Tongxin.Web.Features.Plans;

/// <summary>Add a member to a project's fixed team (PLN-3: 一个工程、一班人马), or remove one.</summary>
public sealed class SaveTeamMember(TongxinDb db) : IHandler
{
    public static readonly string[] Roles = ["组长", "副组长", "成员", "联络员"];

    public sealed record Request(string? Name, string? Role, string? Unit = null, int SortOrder = 0);

    public async Task<Guid> HandleAsync(Guid projectId, Request r, CancellationToken ct = default)
    {
        var p = await PlanRows.WritableAsync<Project>(db, projectId, Loc.T("工程", "Project"), ct);
        new Check().Required(nameof(r.Name), Loc.T("姓名", "Name"), r.Name, 50)
            .That(Roles.Contains(r.Role), nameof(r.Role), Loc.T("请选择职责（组长、副组长、成员或联络员）", "Choose a role"))
            .Optional(nameof(r.Unit), Loc.T("单位", "Unit"), r.Unit, 100).ThrowIfAny();
        var m = db.Add(new ProjectTeamMember
        {
            ProjectId = p.Id, Name = r.Name!.Trim(), Role = r.Role!, Unit = Check.Clean(r.Unit),
            SortOrder = r.SortOrder, NodeId = p.NodeId, NodePath = p.NodePath,
        }).Entity;
        await db.SaveChangesAsync(ct);
        return m.Id;
    }

    public async Task RemoveAsync(Guid projectId, Guid memberId, CancellationToken ct = default)
    {
        var m = await PlanRows.WritableAsync<ProjectTeamMember>(db, memberId, Loc.T("成员", "Member"), ct);
        if (m.ProjectId != projectId) throw new NotFoundException(Loc.T("成员", "Member"));
        db.Remove(m);
        await db.SaveChangesAsync(ct);
    }
}
