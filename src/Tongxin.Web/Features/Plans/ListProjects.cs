namespace Tongxin.Web.Features.Plans;

/// <summary>The 工程 of a year (PLN-3) with field, 牵头领导, team, and their tasks' progress: done of total and a
/// count by colour (of the tasks the reader sees).</summary>
public sealed class ListProjects(TongxinDb db) : IHandler
{
    public sealed record Query(int? Year = null, string? Q = null, int Page = 1, int PageSize = 20);
    public sealed record Member(Guid Id, string Name, string Role, string? Unit);
    public sealed record Colour(WarningLevel Level, string Name, int Count);
    public sealed record Row(Guid Id, int Year, string Name, string? Field, string? Leader, string? DocumentNo,
        IReadOnlyList<Member> Team, int TasksDone, int TasksTotal, IReadOnlyList<Colour> Colours);

    public async Task<Paged<Row>> HandleAsync(Query q, CancellationToken ct = default)
    {
        var projects = db.Set<Project>().AsNoTracking();
        if (q.Year is { } y) projects = projects.Where(p => p.Year == y);
        if (Check.Clean(q.Q) is { } text) projects = projects.Where(p => p.Name.Contains(text));
        var page = await projects.OrderByDescending(p => p.Year).ThenBy(p => p.SortOrder).ThenBy(p => p.Name)
            .ThenBy(p => p.Id).ToPagedAsync(q.Page, q.PageSize, ct);
        var ids = page.Items.Select(p => (Guid?)p.Id).ToList();
        var team = (await db.Set<ProjectTeamMember>().AsNoTracking().Where(m => ids.Contains(m.ProjectId))
            .ToListAsync(ct)).OrderBy(m => m.SortOrder).ThenBy(m => Array.IndexOf(SaveTeamMember.Roles, m.Role))
            .ToLookup(m => m.ProjectId);
        var tasks = (await db.Set<WorkTask>().AsNoTracking().Where(t => ids.Contains(t.ProjectId))
            .Select(t => new { t.ProjectId, t.Done, t.Target, t.Warning }).ToListAsync(ct)).ToLookup(t => t.ProjectId);
        return new Paged<Row>(page.Items.Select(p => new Row(p.Id, p.Year, p.Name, p.Field, p.Leader, p.DocumentNo,
            team[p.Id].Select(m => new Member(m.Id, m.Name, m.Role, m.Unit)).ToList(),
            tasks[p.Id].Count(t => t.Done >= t.Target), tasks[p.Id].Count(),
            Colours(tasks[p.Id].Select(t => t.Warning)))).ToList(), page.Total, page.Page, page.PageSize);
    }

    public static IReadOnlyList<Colour> Colours(IEnumerable<WarningLevel> levels) =>
        levels.GroupBy(l => l).OrderBy(g => g.Key).Select(g => new Colour(g.Key, WarningNames.Of(g.Key), g.Count()))
            .ToList();
}
