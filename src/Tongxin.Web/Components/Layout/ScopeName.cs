namespace Tongxin.Web.Components.Layout;

/// <summary>"峰城区 / 坛山街道": the chain of region names of the user's home node.</summary>
public static class ScopeName
{
    public static async Task<string> ForAsync(IServiceProvider sp, string? path)
    {
        if (path is null or "/") return Infrastructure.Loc.T("全部", "All");
        var db = sp.GetRequiredService<TongxinDb>();
        var chain = Domain.Regions.NodePath.SelfAndAncestors(path);
        var names = await db.Regions.AsNoTracking().Where(r => chain.Contains(r.NodePath)).OrderBy(r => r.Level)
            .Select(r => r.Name).ToListAsync();
        return string.Join(" / ", names.TakeLast(2));
    }
}
