using Tongxin.Domain.People;

namespace Tongxin.Domain.Tests;

public sealed class IdNumberTests
{
    private static readonly DateOnly Today = new(2026, 11, 29);

    /// <summary>Builds a valid number so the tests state their intent, not magic strings.</summary>
    private static string Valid(string region, string birth, string seq)
    {
        var first17 = region + birth + seq;
        return first17 + IdNumber.CheckCharFor(first17);
    }

    [Fact]
    [Trait("Req", "ID-1")]
    public void The_check_character_follows_GB_11643() =>
        IdNumber.CheckCharFor("11010519491231002").ShouldBe('X'); // the standard's own example

    [Theory]
    [Trait("Req", "ID-1")]
    [Trait("Req", "ID-3")]
    [InlineData("370404", "19900101", "123", Gender.Male)]
    [InlineData("370404", "20000229", "124", Gender.Female)]
    public void A_valid_number_gives_birth_date_and_gender(string region, string birth, string seq, Gender gender)
    {
        IdNumber.TryParse(Valid(region, birth, seq), Today, out var id, out var error).ShouldBeTrue(error);
        id!.BirthDate.ToString("yyyyMMdd").ShouldBe(birth);
        id.Gender.ShouldBe(gender);
    }

    [Fact]
    [Trait("Req", "ID-1")]
    public void Full_width_digits_and_a_lower_case_x_are_stored_canonically()
    {
        IdNumber.TryParse(" １１０１０５１９４９１２３１００２x ", Today, out var id, out _)
            .ShouldBeTrue();
        id!.Value.ShouldBe("11010519491231002X");
    }

    [Theory]
    [Trait("Req", "ID-1")]
    [InlineData("3704041990010112", "18 位")]
    [InlineData("37040419900101123A", "最后一位")]
    [InlineData("370404199002301230", "不存在")]
    [InlineData("370404199013011230", "不存在")]
    [InlineData("370404203001011230", "不合理")]
    [InlineData("", "不能为空")]
    public void Bad_numbers_are_refused_with_the_reason(string input, string reason)
    {
        IdNumber.TryParse(input, Today, out _, out var error).ShouldBeFalse();
        error.ShouldNotBeNull().ShouldContain(reason);
    }

    [Fact]
    [Trait("Req", "ID-1")]
    public void A_wrong_check_digit_names_the_right_one()
    {
        var good = Valid("370404", "19900101", "123");
        var bad = good[..17] + (good[17] == '0' ? '1' : '0');
        IdNumber.TryParse(bad, Today, out _, out var error).ShouldBeFalse();
        error.ShouldNotBeNull().ShouldContain($"应为 {good[17]}");
    }

    [Fact]
    [Trait("Req", "ID-3")]
    public void Entered_birth_date_and_gender_must_agree()
    {
        IdNumber.TryParse(Valid("370404", "19900101", "123"), Today, out var id, out _).ShouldBeTrue();
        id!.Disagreements(new DateOnly(1990, 1, 1), Gender.Male).ShouldBeEmpty();
        id.Disagreements(new DateOnly(1990, 1, 2), Gender.Female).Count.ShouldBe(2);
    }

    [Theory]
    [Trait("Req", "ID-3")]
    [InlineData("2000-02-29", "2026-02-28", 25)]
    [InlineData("2000-02-29", "2026-03-01", 26)]
    [InlineData("1991-11-29", "2026-11-29", 35)]
    [InlineData("1991-11-30", "2026-11-29", 34)]
    public void Age_counts_whole_years(string birth, string day, int age) =>
        IdNumber.AgeOn(DateOnly.Parse(birth), DateOnly.Parse(day)).ShouldBe(age);
}
