using Tongxin.Domain.Regions;

namespace Tongxin.Data.Scope;

/// <summary>
/// "Rows at this node or below" as the same index-friendly range the scope filter uses (<c>path ≤ NodePath &lt;
/// upper</c>), for lists and rules that narrow further than the user's own scope.
/// </summary>
public static class SubtreeQuery
{
    public static IQueryable<T> InSubtree<T>(this IQueryable<T> query, string path) where T : class, INodeScoped
    {
        var high = NodePath.Upper(path);
        return query.Where(e => string.Compare(e.NodePath, path) >= 0 && string.Compare(e.NodePath, high) < 0);
    }
}
