namespace Tongxin.Data.Entities;

/// <summary>系统设置: a key and its value, changed by the system administrator.</summary>
public sealed class Setting
{
    public required string Key { get; set; }
    public required string Value { get; set; }
}
