using Tongxin.Domain.People;

namespace Tongxin.Domain.Tests;

public sealed class OfficerEligibilityTests
{
    private static readonly DateOnly Appointed = new(2026, 6, 1);

    [Theory]
    [Trait("Req", "ORG-4")]
    [InlineData("1991-06-01", EducationLevel.Bachelor, false, null, null)]                 // exactly 35 on the day
    [InlineData("1990-06-02", EducationLevel.Postgraduate, false, null, null)]             // 35, turns 36 tomorrow
    [InlineData("1990-06-01", EducationLevel.Bachelor, false, null, "超过 35 周岁")]       // 36
    // 36, 特别优秀 with a reason
    [InlineData("1990-06-01", EducationLevel.Bachelor, true, "基层经验丰富，实绩突出", null)]
    [InlineData("1986-06-01", EducationLevel.Bachelor, true, "基层经验丰富", null)]        // exactly 40
    [InlineData("1985-06-01", EducationLevel.Bachelor, true, "基层经验丰富", "40 周岁上限")] // 41
    [InlineData("1990-06-01", EducationLevel.Bachelor, true, " ", "书面理由")]
    [InlineData("1995-01-01", EducationLevel.College, false, null, "大学本科")]
    public void Age_and_education_rules_name_what_failed(string birth, EducationLevel education, bool exceptional,
        string? reason, string? failure)
    {
        var result = OfficerEligibility.Check(DateOnly.Parse(birth), education, Appointed, exceptional, reason);
        if (failure is null) result.ShouldBeEmpty();
        else result.ShouldContain(f => f.Contains(failure));
    }

    [Fact]
    [Trait("Req", "ORG-4")]
    public void Missing_facts_are_failures_not_passes()
    {
        var result = OfficerEligibility.Check(null, null, Appointed);
        result.Count.ShouldBe(2);
        result.ShouldContain(f => f.Contains("出生日期"));
        result.ShouldContain(f => f.Contains("学历"));
    }
}
