namespace Tongxin.Domain.Assessment;

/// <summary>
/// One node of an indicator tree: a category (no parent) or an item under it, with its points in tenths.
/// </summary>
public sealed record SchemeNode(Guid Id, Guid? ParentId, string Title, int Points);

/// <summary>
/// ASM-1: a scheme can be published only when its top-level points sum to exactly 100 and each node's children sum to
/// the node's own points. Every problem is named, in Chinese, so the editor can show it.
/// </summary>
public static class SchemeRules
{
    public static IReadOnlyList<string> Validate(IReadOnlyCollection<SchemeNode> nodes)
    {
        var errors = new List<string>();
        if (nodes.Count == 0) return [Lang.T("方案还没有指标", "The scheme has no indicators yet")];
        var ids = nodes.Select(n => n.Id).ToHashSet();
        foreach (var n in nodes.Where(n => n.ParentId is { } p && !ids.Contains(p)))
            errors.Add(Lang.T($"“{n.Title}”的上级指标不存在",
                $"The parent indicator of \"{n.Title}\" does not exist"));
        foreach (var n in nodes.Where(n => n.Points <= 0))
            errors.Add(Lang.T($"“{n.Title}”的分值应大于 0", $"The points of \"{n.Title}\" must be above 0"));
        var roots = nodes.Where(n => n.ParentId is null).ToList();
        var total = roots.Sum(n => n.Points);
        if (total != Points.Full) errors.Add(Lang.T($"一级指标合计 {Points.Format(total)} 分，应为 100 分",
            $"The top-level indicators add up to {Points.Format(total)}, not 100"));
        foreach (var parent in nodes)
        {
            var children = nodes.Where(c => c.ParentId == parent.Id).ToList();
            if (children.Count == 0) continue;
            var sum = children.Sum(c => c.Points);
            if (sum != parent.Points)
                errors.Add(Lang.T(
                    $"“{parent.Title}”下各项合计 {Points.Format(sum)} 分，" +
                    $"与其分值 {Points.Format(parent.Points)} 分不符",
                    $"The items under \"{parent.Title}\" add up to {Points.Format(sum)}, " +
                    $"not its {Points.Format(parent.Points)} points"));
        }
        return errors;
    }

    /// <summary>The leaves are what is scored; categories only add them up.</summary>
    public static IReadOnlyList<SchemeNode> Leaves(IReadOnlyCollection<SchemeNode> nodes) =>
        nodes.Where(n => nodes.All(c => c.ParentId != n.Id)).ToList();

    /// <summary>The top-level category a node belongs to.</summary>
    public static SchemeNode Category(IReadOnlyCollection<SchemeNode> nodes, SchemeNode node)
    {
        var byId = nodes.ToDictionary(n => n.Id);
        var current = node;
        for (var guard = 0; current.ParentId is { } p && byId.TryGetValue(p, out var parent) && guard < 16; guard++)
            current = parent;
        return current;
    }
}
