using Tongxin.Data.Entities;
using Tongxin.Web.Features.Export;

namespace Tongxin.Web.Features.Regions;

/// <summary>The 区划 list (ACC-1) to Excel: the children of one node, or a search, within scope; audited.</summary>
public sealed class ExportRegions(ListRegions list, ListExport export) : IHandler
{
    public async Task<ListExport.File> HandleAsync(ListRegions.Query q, CancellationToken ct = default) =>
        await export.HandleAsync("区划", nameof(Region),
            ListExport.Filter(("名称或代码", Check.Clean(q.Q)),
                ("层级", q.Level is { } l ? RegionLevels.Name(l) : null)),
            ["名称", "代码", "层级", "下级数"],
            async p => await list.HandleAsync(q with { Page = p, PageSize = 100 }, ct),
            r => [r.Name, r.Code, RegionLevels.Name(r.Level), r.ChildCount.ToString()], ct);
}
