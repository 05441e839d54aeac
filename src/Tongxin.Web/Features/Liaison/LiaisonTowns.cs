using Tongxin.Domain.Regions;

namespace Tongxin.Web.Features.Liaison;

/// <summary>Shared look-ups of the liaison module: the towns in scope and a town by id.</summary>
internal static class LiaisonTowns
{
    public const string ItemOwner = nameof(RectificationItem);

    public static IQueryable<Region> Towns(this TongxinDb db) =>
        db.Regions.AsNoTracking().Where(r => r.Level == RegionLevel.Town);

    /// <summary>The town (镇/街道/开发区) in scope with this id, or an error on <paramref name="field"/>.</summary>
    public static async Task<Region?> TownAsync(this TongxinDb db, Guid? id, Check check, string field,
        CancellationToken ct)
    {
        var town = id is { } nid ? await db.Towns().SingleOrDefaultAsync(r => r.Id == nid, ct) : null;
        check.That(town is not null, field, Loc.T("请选择镇街（须在您的数据范围内）",
            "Choose a town (within your data scope)"));
        return town;
    }

    /// <summary>Names split on 、，, and spaces, trimmed, without repeats.</summary>
    public static List<string> Names(string? text) =>
        (text ?? "").Split(['、', '，', ',', ';', '；', ' '], StringSplitOptions.RemoveEmptyEntries)
        .Select(n => n.Trim()).Where(n => n.Length > 0).Distinct().ToList();
}
