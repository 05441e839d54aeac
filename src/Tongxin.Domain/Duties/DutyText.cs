using System.Text.RegularExpressions;

namespace Tongxin.Domain.Duties;

/// <summary>
/// A duty rule's text states its yearly minimum ("每年……不少于 3 次"); the number the compliance view counts is the
/// rule's <c>Minimum</c>. The text is prose written by people, so it cannot be generated from the fields; instead
/// every count it states ("不少于 N", "至少 N") is set to the minimum, so the text follows the number when it changes.
/// </summary>
public static partial class DutyText
{
    public static string FollowMinimum(string text, int minimum) =>
        Count().Replace(text, m => m.Groups["lead"].Value + minimum);

    [GeneratedRegex(@"(?<lead>(不少于|至少)\s*)\d+")]
    private static partial Regex Count();
}
