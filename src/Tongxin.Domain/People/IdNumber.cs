using System.Globalization;

namespace Tongxin.Domain.People;

public enum Gender
{
    Female = 0,
    Male = 1,
}

/// <summary>
/// 居民身份证号码 (GB 11643-1999): 6-digit region, 8-digit birth date, 3-digit sequence (odd = male), check
/// character from ISO 7064 MOD 11-2 (0-9 or X). ID-1: refused with its reason; ID-3: birth date and gender follow from
/// it.
/// </summary>
public sealed record IdNumber(string Value, DateOnly BirthDate, Gender Gender)
{
    private static readonly int[] Weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
    private const string CheckChars = "10X98765432";

    public override string ToString() => Value;

    /// <summary>Canonical form: trimmed, half-width, upper-case X.</summary>
    public static string Canonical(string input) => Width.ToHalfWidth(input).Trim().Replace(" ", "").ToUpperInvariant();

    public static char CheckCharFor(string first17)
    {
        var sum = 0;
        for (var i = 0; i < 17; i++) sum += (first17[i] - '0') * Weights[i];
        return CheckChars[sum % 11];
    }

    public static bool TryParse(string? input, DateOnly today, out IdNumber? id, out string? error)
    {
        id = null;
        error = null;
        if (string.IsNullOrWhiteSpace(input))
        {
            error = Lang.T("身份证号码不能为空", "The ID number is required");
            return false;
        }
        var s = Canonical(input);
        if (s.Length != 18)
        {
            error = Lang.T($"身份证号码应为 18 位，当前为 {s.Length} 位",
                $"The ID number must have 18 characters, not {s.Length}");
            return false;
        }
        if (!s[..17].All(char.IsAsciiDigit) || !(char.IsAsciiDigit(s[17]) || s[17] == 'X'))
        {
            error = Lang.T("身份证号码前 17 位应为数字，最后一位为数字或 X",
                "The first 17 characters of the ID number must be digits, the last a digit or X");
            return false;
        }
        if (!DateOnly.TryParseExact(s[6..14], "yyyyMMdd", CultureInfo.InvariantCulture,
            DateTimeStyles.None, out var birth))
        {
            error = Lang.T($"身份证号码中的出生日期 {s[6..10]}-{s[10..12]}-{s[12..14]} 不存在",
                $"The birth date {s[6..10]}-{s[10..12]}-{s[12..14]} in the ID number does not exist");
            return false;
        }
        if (birth > today || birth.Year < 1900)
        {
            error = Lang.T($"身份证号码中的出生日期 {birth:yyyy-MM-dd} 不合理",
                $"The birth date {birth:yyyy-MM-dd} in the ID number is not plausible");
            return false;
        }
        var check = CheckCharFor(s);
        if (s[17] != check)
        {
            error = Lang.T($"身份证号码校验位错误（按 GB 11643 应为 {check}）",
                $"Wrong ID number check digit (by GB 11643 it should be {check})");
            return false;
        }
        id = new IdNumber(s, birth, (s[16] - '0') % 2 == 1 ? Gender.Male : Gender.Female);
        return true;
    }

    /// <summary>ID-3: entered values must agree with the number. Returns every disagreement, in Chinese.</summary>
    public IReadOnlyList<string> Disagreements(DateOnly? birthDate, Gender? gender)
    {
        var list = new List<string>();
        if (birthDate is { } b && b != BirthDate)
            list.Add(Lang.T($"出生日期 {b:yyyy-MM-dd} 与身份证号码中的 {BirthDate:yyyy-MM-dd} 不一致",
                $"The date of birth {b:yyyy-MM-dd} differs from {BirthDate:yyyy-MM-dd} in the ID number"));
        if (gender is { } g && g != Gender)
            list.Add(Lang.T(
                $"性别与身份证号码不一致（号码表明为{(Gender == Gender.Male ? "男" : "女")}）",
                $"The gender differs from the ID number (which says {(Gender == Gender.Male ? "male" : "female")})"));
        return list;
    }

    /// <summary>
    /// Age in whole years on a day; someone born on 29 February turns a year older on 1 March in common years.
    /// </summary>
    public static int AgeOn(DateOnly birth, DateOnly day) =>
        day.Year - birth.Year - ((day.Month, day.Day).CompareTo((birth.Month, birth.Day)) < 0 ? 1 : 0);
}
