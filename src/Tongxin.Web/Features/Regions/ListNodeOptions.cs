using Tongxin.Domain.Regions;

namespace Tongxin.Web.Features.Regions;

/// <summary>
/// Nodes a form may attach a record to: the user's subtree down to a given level, indented by depth. Every one of
/// them: a pick list that silently drops options makes records impossible to file under the missing nodes.
/// </summary>
public sealed class ListNodeOptions(TongxinDb db) : IHandler
{
    /// <summary>One node; its path lets a form preselect the user's own node.</summary>
    public sealed record Option(Guid Id, string Label, RegionLevel Level, string NodePath);

    public async Task<IReadOnlyList<Option>> HandleAsync(RegionLevel deepest = RegionLevel.Town,
        CancellationToken ct = default)
    {
        var rows = await db.Regions.AsNoTracking().Where(r => r.Level <= deepest).OrderBy(r => r.NodePath)
            .Select(r => new { r.Id, r.Name, r.Level, r.NodePath }).ToListAsync(ct);
        var top = rows.Count == 0 ? 0 : rows.Min(r => (int)r.Level);
        return rows.Select(r => new Option(r.Id, new string('　', (int)r.Level - top) + r.Name, r.Level,
            r.NodePath)).ToList();
    }
}
