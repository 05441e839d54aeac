using Tongxin.Web.Features.Export;

namespace Tongxin.Web.Features.Plans;

/// <summary>The 工程 list (PLN-3) to Excel: the list's own query, filters and scope, audited.</summary>
public sealed class ExportProjects(ListProjects list, ListExport export) : IHandler
{
    public async Task<ListExport.File> HandleAsync(ListProjects.Query q, CancellationToken ct = default) =>
        await export.HandleAsync("工程", nameof(Project), ListExport.Filter(("年度", q.Year), ("名称", Check.Clean(q.Q))),
            ["年度", "工程", "领域", "牵头领导", "工作专班", "任务完成", "任务总数", "预警"],
            p => list.HandleAsync(q with { Page = p, PageSize = 100 }, ct),
            r => [r.Year, r.Name, r.Field, r.Leader,
                string.Join("；", r.Team.Select(m => $"{m.Role} {m.Name}{(m.Unit is null ? "" : $"（{m.Unit}）")}")),
                r.TasksDone, r.TasksTotal, string.Join("，", r.Colours.Select(c => $"{c.Name} {c.Count}"))], ct);
}
