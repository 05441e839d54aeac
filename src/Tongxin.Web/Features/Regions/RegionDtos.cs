using Tongxin.Domain.Regions;

namespace Tongxin.Web.Features.Regions;

public sealed record RegionRow(Guid Id, string Code, string Name, RegionLevel Level, Guid? ParentId, int ChildCount,
    long Version);

public static class RegionLevels
{
    public static string Name(RegionLevel level) => level switch
    {
        RegionLevel.Province => Infrastructure.Loc.T("省", "Province"),
        RegionLevel.City => Infrastructure.Loc.T("市", "City"),
        RegionLevel.County => Infrastructure.Loc.T("县/区", "County"),
        RegionLevel.Town => Infrastructure.Loc.T("镇/街道", "Town"),
        _ => Infrastructure.Loc.T("村/社区", "Village"),
    };
}
