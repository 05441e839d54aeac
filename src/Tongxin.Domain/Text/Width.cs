namespace Tongxin.Domain.Text;

/// <summary>Full-width ↔ half-width folding for identifiers (PPL-5).</summary>
public static class Width
{
    public static string ToHalfWidthAsciiDigits(string s) =>
        string.Create(s.Length, s, static (span, src) =>
        {
            for (var i = 0; i < src.Length; i++)
            {
                var c = src[i];
                span[i] = c >= '０' && c <= '９' ? (char)(c - '０' + '0') : c;
            }
        });

    /// <summary>Folds every full-width ASCII form (U+FF01..U+FF5E) and the ideographic space.</summary>
    public static string ToHalfWidth(string s) =>
        string.Create(s.Length, s, static (span, src) =>
        {
            for (var i = 0; i < src.Length; i++)
            {
                var c = src[i];
                span[i] = c switch
                {
                    '\u3000' => ' ',
                    >= '\uFF01' and <= '\uFF5E' => (char)(c - 0xFEE0),
                    _ => c,
                };
            }
        });
}
