using Tongxin.Web.Features.Export;

namespace Tongxin.Web.Features.Cadres;

/// <summary>
/// The 党外干部 list (PPL-3) to Excel: the list's own query, filters and scope, audited. It holds what the list
/// shows (name, rank, post, placements), no ID number or phone.
/// </summary>
public sealed class ExportCadres(ListCadres list, ListExport export) : IHandler
{
    public async Task<ListExport.File> HandleAsync(ListCadres.Query q, CancellationToken ct = default) =>
        await export.HandleAsync("党外干部", nameof(NonPartyCadre),
            ListExport.Filter(("姓名", Check.Clean(q.Q)), ("职级", Check.Clean(q.Rank)),
                ("挂职锻炼", q.Placed is { } p ? p ? "有" : "无" : null)),
            ["姓名", "所属节点", "职级", "现任职务", "挂职锻炼"],
            async p => (await list.HandleAsync(q with { Page = p, PageSize = 100 }, ct)).Page,
            r => [r.Name, r.NodeName, r.Rank, r.Post, string.Join("；", r.Placements.Select(Placement))], ct);

    private static string Placement(ListCadres.PlacementRow p) =>
        $"{p.Kind} · {p.Unit} · {Loc.Date(p.StartOn)} – {(p.EndOn is { } e ? Loc.Date(e) : "至今")}";
}
