using System.Globalization;

namespace Tongxin.Domain.Text;

/// <summary>
/// Rule messages in the reader's language (SYS-1): Chinese unless the current UI culture is English. The web
/// layer sets that culture per request, so the domain stays free of ASP.NET; <c>Loc.T</c> in the web uses this.
/// </summary>
public static class Lang
{
    public static bool IsEnglish =>
        CultureInfo.CurrentUICulture.Name.StartsWith("en", StringComparison.OrdinalIgnoreCase);

    public static string T(string zh, string en) => IsEnglish ? en : zh;
}
