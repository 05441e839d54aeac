namespace Tongxin.Domain.Text;

/// <summary>
/// A search key for names and titles (PPL-5, PPL-6): half-width, no spaces, lower-case Latin letters, and variant
/// characters folded to one form (峯→峰 …), so 峯城 and 峰城, ＡＢ and ab find each other. Stored beside
/// the name.
/// </summary>
public static class NameKey
{
    private static readonly Dictionary<char, char> Variants = new()
    {
        ['峯'] = '峰', ['囯'] = '国', ['國'] = '国', ['裏'] = '里', ['裡'] = '里', ['峩'] = '峨',
        ['嶧'] = '峄', ['楊'] = '杨', ['陳'] = '陈', ['張'] = '张', ['劉'] = '刘', ['趙'] = '赵',
        ['孫'] = '孙', ['吳'] = '吴', ['鄭'] = '郑', ['馮'] = '冯', ['衛'] = '卫', ['蔣'] = '蒋',
        ['韓'] = '韩', ['許'] = '许', ['呂'] = '吕', ['華'] = '华', ['劵'] = '券', ['綫'] = '线',
        ['線'] = '线',
    };

    public static string Of(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return "";
        var half = Width.ToHalfWidth(text);
        var chars = new List<char>(half.Length);
        foreach (var c in half)
        {
            if (char.IsWhiteSpace(c) || c == '·' || c == '•') continue;
            chars.Add(Variants.TryGetValue(c, out var v) ? v : char.ToLowerInvariant(c));
        }
        return new string(chars.ToArray());
    }
}
