namespace Tongxin.Domain.Regions;

/// <summary>
/// A node path is the chain of region codes, e.g. "/37/3704/370404/370404001/". A subtree is the half-open
/// range [path, Upper(path)) so that both databases answer scope filters from a b-tree index.
/// </summary>
public static class NodePath
{
    public const char Separator = '/';

    public static string Root => "/";

    public static string Child(string parentPath, string code) => parentPath + code + Separator;

    /// <summary>The exclusive upper bound of the subtree: the path with its last character incremented.</summary>
    public static string Upper(string path)
    {
        if (string.IsNullOrEmpty(path)) throw new ArgumentException("empty path", nameof(path));
        return path[..^1] + (char)(path[^1] + 1);
    }

    public static bool Contains(string scope, string path) =>
        string.CompareOrdinal(path, scope) >= 0 && string.CompareOrdinal(path, Upper(scope)) < 0;

    /// <summary>The path itself and every ancestor path, root first.</summary>
    public static IReadOnlyList<string> SelfAndAncestors(string path)
    {
        var result = new List<string> { Root };
        for (var i = 1; i < path.Length; i++)
            if (path[i] == Separator) result.Add(path[..(i + 1)]);
        return result;
    }

    public static int Depth(string path) => path.Count(c => c == Separator) - 1;

    /// <summary>
    /// The path cut after its town (镇街) segment, or the whole path when it ends above town level: the key the
    /// dashboard tallies are kept under (one row per town, or per node above towns, per figure).
    /// </summary>
    public static string TownOrAbove(string path)
    {
        var start = 1;
        for (var i = 1; i < path.Length; i++)
        {
            if (path[i] != Separator) continue;
            if (i - start >= RegionCode.LengthOf(RegionLevel.Town)) return path[..(i + 1)];
            start = i + 1;
        }
        return path;
    }

    /// <summary>True when the path ends at a town or a village (its last code has a town's length or more).</summary>
    public static bool IsTownOrBelow(string path)
    {
        if (path.Length < 2) return false;
        var last = path.LastIndexOf(Separator, path.Length - 2);
        return path.Length - 2 - last >= RegionCode.LengthOf(RegionLevel.Town);
    }
}
