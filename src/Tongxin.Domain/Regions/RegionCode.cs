namespace Tongxin.Domain.Regions;

/// <summary>
/// GB/T 2260-style codes: 省 2 digits, 市 4, 县 6, 镇 9, 村 12; a child's code extends its parent's.
/// </summary>
public static class RegionCode
{
    public static int LengthOf(RegionLevel level) => level switch
    {
        RegionLevel.Province => 2,
        RegionLevel.City => 4,
        RegionLevel.County => 6,
        RegionLevel.Town => 9,
        RegionLevel.Village => 12,
        _ => throw new ArgumentOutOfRangeException(nameof(level)),
    };

    /// <summary>Returns null when valid, else the reason in Chinese.</summary>
    public static string? Validate(string? code, RegionLevel level, string? parentCode)
    {
        if (string.IsNullOrWhiteSpace(code)) return Lang.T("区划代码不能为空", "The region code is required");
        var want = LengthOf(level);
        if (code.Length != want || !code.All(char.IsAsciiDigit))
            return Lang.T($"区划代码应为 {want} 位数字", $"The region code must have {want} digits");
        if (parentCode is not null && !code.StartsWith(parentCode, StringComparison.Ordinal))
            return Lang.T($"区划代码应以上级代码 {parentCode} 开头",
                $"The region code must start with the parent code {parentCode}");
        return null;
    }

    public static RegionLevel? ChildLevel(RegionLevel level) =>
        level == RegionLevel.Village ? null : level + 1;
}
