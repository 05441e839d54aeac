namespace Tongxin.Domain.People;

/// <summary>Education levels in order, lowest first; only the order matters for the rule.</summary>
public enum EducationLevel
{
    JuniorOrBelow = 1,
    SeniorHigh = 2,
    College = 3,
    Bachelor = 4,
    Postgraduate = 5,
}

/// <summary>
/// ORG-4 统战干事 eligibility at appointment: age ≤ 35 and at least 大学本科; up to 40 only when marked
/// 特别优秀 with a written reason. Returns every rule that fails, named in Chinese; empty when eligible.
/// </summary>
public static class OfficerEligibility
{
    public const int MaxAge = 35;
    public const int MaxAgeExceptional = 40;

    public static IReadOnlyList<string> Check(DateOnly? birthDate, EducationLevel? education, DateOnly appointedOn,
        bool exceptional = false, string? exceptionalReason = null)
    {
        var failures = new List<string>();
        if (birthDate is not { } birth)
            failures.Add(Lang.T("缺少出生日期（或身份证号码），无法核对年龄条件",
            "No date of birth (or ID number), so the age requirement cannot be checked"));
        else
        {
            var age = IdNumber.AgeOn(birth, appointedOn);
            if (exceptional && string.IsNullOrWhiteSpace(exceptionalReason))
                failures.Add(Lang.T("标注“特别优秀”须填写书面理由",
                    "Marking someone as exceptional needs a written reason"));
            else if (age > MaxAgeExceptional)
                failures.Add(Lang.T(
                    $"任职时 {age} 周岁，超过 {MaxAgeExceptional} 周岁上限" +
                    "（特别优秀也不得超过）",
                    $"Aged {age} at appointment, above the limit of {MaxAgeExceptional} " +
                    "(which holds even for exceptional merit)"));
            else if (age > MaxAge && !exceptional)
                failures.Add(Lang.T(
                    $"任职时 {age} 周岁，超过 {MaxAge} 周岁；" +
                    $"特别优秀的可放宽至 {MaxAgeExceptional} 周岁，须标注并说明理由",
                    $"Aged {age} at appointment, above {MaxAge}; exceptional merit allows up to " +
                    $"{MaxAgeExceptional}, marked and with a reason"));
        }
        if (education is not { } e) failures.Add(Lang.T("缺少学历，无法核对学历条件",
            "No education recorded, so the education requirement cannot be checked"));
        else if (e < EducationLevel.Bachelor) failures.Add(Lang.T("学历须为大学本科及以上",
            "Education must be a bachelor's degree or higher"));
        return failures;
    }
}
