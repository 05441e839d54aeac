using System.Globalization;
using Microsoft.AspNetCore.Components;

namespace Tongxin.Web.Infrastructure;

/// <summary>
/// UI text: Chinese first, English second, chosen by the request culture (SYS-1). Both strings stand side by
/// side in the page so a reader sees what a Chinese label means in code.
/// </summary>
public static class Loc
{
    public const string Chinese = "zh-CN";
    public const string English = "en-US";

    public static bool IsEnglish => Domain.Text.Lang.IsEnglish;

    public static string T(string zh, string en) => Domain.Text.Lang.T(zh, en);

    public static string Date(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Time(DateTime utc) =>
        TimeZoneInfo.ConvertTimeFromUtc(utc, China).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);

    /// <summary>A Beijing-time stamp for file names (yyyyMMddHHmm).</summary>
    public static string Stamp(DateTime utc) =>
        TimeZoneInfo.ConvertTimeFromUtc(utc, China).ToString("yyyyMMddHHmm", CultureInfo.InvariantCulture);

    public static string Number(int n) => n.ToString("N0", CultureInfo.CurrentCulture);

    private static readonly TimeZoneInfo China = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");
}

/// <summary>Base for every component: gives <c>T("中文", "English")</c>.</summary>
public abstract class TxComponent : ComponentBase
{
    protected static string T(string zh, string en) => Loc.T(zh, en);
}
