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
/// ORG-4 统战干事 eligibility at appointment: age ≤ 35 and at least 大学本科; up to 40 only when marked 特别优秀
/// with a written reason. Returns every rule that fails, named in Chinese; empty when eligible.
/// </summary>
public static class OfficerEligibility
{
    public const int MaxAge = 35;
    public const int MaxAgeExceptional = 40;

    public static IReadOnlyList<string> Check(DateOnly? birthDate, EducationLevel? education, DateOnly appointedOn,
        bool exceptional = false, string? exceptionalReason = null)
    {
        var failures = new List<string>();
        if (birthDate is not { } birth) failures.Add("缺少出生日期（或身份证号码），无法核对年龄条件");
        else
        {
            var age = IdNumber.AgeOn(birth, appointedOn);
            if (exceptional && string.IsNullOrWhiteSpace(exceptionalReason))
                failures.Add("标注“特别优秀”须填写书面理由");
            else if (age > MaxAgeExceptional)
                failures.Add($"任职时 {age} 周岁，超过 {MaxAgeExceptional} 周岁上限（特别优秀也不得超过）");
            else if (age > MaxAge && !exceptional)
                failures.Add($"任职时 {age} 周岁，超过 {MaxAge} 周岁；特别优秀的可放宽至 {MaxAgeExceptional} 周岁，须标注并说明理由");
        }
        if (education is not { } e) failures.Add("缺少学历，无法核对学历条件");
        else if (e < EducationLevel.Bachelor) failures.Add("学历须为大学本科及以上");
        return failures;
    }
}
