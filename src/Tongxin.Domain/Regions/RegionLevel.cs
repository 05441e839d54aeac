namespace Tongxin.Domain.Regions;

/// <summary>省 → 市 → 县/区 → 镇/街道/开发区 → 村/社区 (ACC-1).</summary>
public enum RegionLevel
{
    Province = 1,
    City = 2,
    County = 3,
    Town = 4,
    Village = 5,
}
