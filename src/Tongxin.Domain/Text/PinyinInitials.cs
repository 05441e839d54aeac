using System.Text;

namespace Tongxin.Domain.Text;

/// <summary>
/// Pinyin initials of a name (PPL-6): 张三丰 → "zsf", so staff can type "zsf" on a phone keyboard. GB 2312 orders
/// its 3,755 level-1 characters by pinyin, so a character's initial follows from its code; level-2 characters (ordered
/// by radical) are covered by a table of those common in names. Latin letters and digits are kept; anything else is
/// skipped. Polyphonic characters take their most common reading (单 → d, not s as a surname): a known limit.
/// </summary>
public static class PinyinInitials
{
    private static readonly Encoding Gb2312;

    /// <summary>First GB 2312 code of each initial's block (level 1).</summary>
    private static readonly (int Code, char Letter)[] Blocks =
    [
        (0xB0A1, 'a'), (0xB0C5, 'b'), (0xB2C1, 'c'), (0xB4EE, 'd'), (0xB6EA, 'e'), (0xB7A2, 'f'),
        (0xB8C1, 'g'), (0xB9FE, 'h'), (0xBBF7, 'j'), (0xBFA6, 'k'), (0xC0AC, 'l'), (0xC2E8, 'm'),
        (0xC4C3, 'n'), (0xC5B6, 'o'), (0xC5BE, 'p'), (0xC6DA, 'q'), (0xC8BB, 'r'), (0xC8F6, 's'),
        (0xCBFA, 't'), (0xCDDA, 'w'), (0xCEF4, 'x'), (0xD1B9, 'y'), (0xD4D1, 'z'),
    ];
    private const int Level1End = 0xD7F9;

    private static readonly Dictionary<char, char> Extra = Build(
        "q覃 y闫 w邬 y禹 y於 l琳 y瑶 t婷 h昊 s晟 m淼 x鑫 y彧 r睿 y翊 k珂 y玥 q琦 x璇 h皓 x歆 " +
        "l霖 y昱 y煜 q骞 b斌 b彬 l蕾 w薇 x萱 j菁 r芮 y芸 l莉 l岚 z喆 y赟 q琪 s珊 y瑜 c琛 l璐 " +
        "j瑾 h珩 x馨 y懿 h晗 z梓 x萧 j靳 y尹 h扈 z卓 l琅 y钰 q琼 l琏 h珲 j珺 y妍 y媛 j婧 s姝 " +
        "f芬 h桦 h翰 z臻 y奕 c琤 y熠 y羿 h灏 h浩 y滢 r冉 n倪 p濮 z诸 g葛 q綦 m缪 q璩 g缑 m宓 " +
        "j冀 y晏 y郁");

    static PinyinInitials()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        Gb2312 = Encoding.GetEncoding("GB2312", EncoderFallback.ReplacementFallback,
            DecoderFallback.ReplacementFallback);
    }

    private static Dictionary<char, char> Build(string pairs) =>
        pairs.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToDictionary(p => p[1], p => p[0]);

    /// <summary>
    /// Initials of the name's search key (<see cref="NameKey"/> first, so variants and widths agree).
    /// </summary>
    public static string Of(string? name)
    {
        var key = NameKey.Of(name);
        var sb = new StringBuilder(key.Length);
        foreach (var c in key)
        {
            if (char.IsAsciiLetterOrDigit(c)) sb.Append(char.ToLowerInvariant(c));
            else if (Initial(c) is { } i) sb.Append(i);
        }
        return sb.ToString();
    }

    public static char? Initial(char c)
    {
        if (Extra.TryGetValue(c, out var extra)) return extra;
        var bytes = Gb2312.GetBytes([c]);
        if (bytes.Length != 2) return null;
        var code = bytes[0] << 8 | bytes[1];
        if (code < Blocks[0].Code || code > Level1End) return null;
        for (var i = Blocks.Length - 1; i >= 0; i--)
            if (code >= Blocks[i].Code) return Blocks[i].Letter;
        return null;
    }

    /// <summary>A query is taken as initials when it is 1–10 Latin letters.</summary>
    public static bool IsInitialsQuery(string? q) => q is { Length: > 0 and <= 10 } && q.All(char.IsAsciiLetter);
}
