namespace Tongxin.Web.Features.Plans;

/// <summary>A 工程 (PLN-3) with its team and the tasks the reader sees.</summary>
public sealed class GetProject(TongxinDb db) : IHandler
{
    public sealed record View(Guid Id, int Year, string Name, string? Field, string? Leader, string? Summary,
        string? DocumentNo, int SortOrder, long Version, bool Writable, IReadOnlyList<ListProjects.Member> Team,
        IReadOnlyList<GetPlan.TaskRow> Tasks, IReadOnlyList<ListProjects.Colour> Colours);

    public async Task<View> HandleAsync(Guid id, CancellationToken ct = default)
    {
        var p = await db.Set<Project>().AsNoTracking().SingleOrDefaultAsync(x => x.Id == id, ct)
            ?? throw new NotFoundException(Loc.T("工程", "Project"));
        var team = (await db.Set<ProjectTeamMember>().AsNoTracking().Where(m => m.ProjectId == id).ToListAsync(ct))
            .OrderBy(m => m.SortOrder).ThenBy(m => Array.IndexOf(SaveTeamMember.Roles, m.Role))
            .Select(m => new ListProjects.Member(m.Id, m.Name, m.Role, m.Unit)).ToList();
        var tasks = (await db.Set<WorkTask>().AsNoTracking().Where(t => t.ProjectId == id).ToListAsync(ct))
            .OrderBy(t => t.SortOrder).ThenBy(t => t.Title).ToList();
        return new View(p.Id, p.Year, p.Name, p.Field, p.Leader, p.Summary, p.DocumentNo, p.SortOrder, p.Version,
            db.InScope(p.NodePath), team, tasks.Select(GetPlan.Task).ToList(),
            ListProjects.Colours(tasks.Select(t => t.Warning)));
    }
}
