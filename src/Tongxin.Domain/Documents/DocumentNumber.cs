using System.Text.RegularExpressions;

namespace Tongxin.Domain.Documents;

/// <summary>发文字号 in the GB/T 9704 form 峰统组发〔2019〕7号 (ORG-6).</summary>
public sealed partial record DocumentNumber(string Organ, int Year, int Serial)
{
    public override string ToString() => $"{Organ}〔{Year}〕{Serial}号";

    /// <summary>
    /// Accepts 〔〕 [] () （） 【】 ［］ around the year, full-width digits and stray spaces.
    /// </summary>
    public static bool TryParse(string? input, out DocumentNumber? number, out string? error)
    {
        number = null;
        error = null;
        if (string.IsNullOrWhiteSpace(input))
        {
            error = Lang.T("发文字号不能为空", "The document number is required");
            return false;
        }
        var s = Width.ToHalfWidthAsciiDigits(input).Replace(" ", "").Replace("\u3000", "");
        var m = Pattern().Match(s);
        if (!m.Success)
        {
            error = Lang.T(
                "发文字号格式应为“机关代字〔年份〕序号号”，例如 峰统组发〔2019〕7号",
                "The document number must look like 机关代字〔year〕serial号, e.g. 峰统组发〔2019〕7号");
            return false;
        }
        var year = int.Parse(m.Groups["year"].Value);
        if (year < 1949 || year > 2100)
        {
            error = Lang.T("发文字号中的年份不合理", "The year in the document number is not plausible");
            return false;
        }
        var serial = int.Parse(m.Groups["serial"].Value);
        if (serial < 1 || m.Groups["serial"].Value.StartsWith('0'))
        {
            error = Lang.T("发文字号中的序号应为不以 0 开头的正整数",
                "The serial in the document number must be a positive whole number without a leading 0");
            return false;
        }
        number = new DocumentNumber(m.Groups["organ"].Value, year, serial);
        return true;
    }

    [GeneratedRegex(@"^(?<organ>[\p{IsCJKUnifiedIdeographs}A-Za-z]{1,20})"
        + @"[〔\[\(（【［](?<year>\d{4})[〕\]\)）】］](?<serial>\d{1,5})号$")]
    private static partial Regex Pattern();
}
