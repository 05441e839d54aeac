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
}
