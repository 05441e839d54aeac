namespace Tongxin.Domain.Tests;

public sealed class TextTests
{
    [Theory]
    [Trait("Req", "PPL-6")]
    [InlineData("张三丰", "zsf")]
    [InlineData("王小明", "wxm")]
    [InlineData("峯城区", "fcq")]      // variant folded first: 峯 → 峰
    [InlineData("覃  静", "qj")]        // level-2 surname from the table; spaces ignored
    [InlineData("欧阳晓东", "oyxd")]
    [InlineData("Ｔｏｍ李", "toml")]    // full-width Latin kept as half-width letters
    [InlineData("阿", "a")]            // first level-1 character
    [InlineData("座", "z")]            // last level-1 character
    [InlineData("·", "")]
    public void Pinyin_initials_of_names(string name, string expected) => PinyinInitials.Of(name).ShouldBe(expected);

    [Theory]
    [Trait("Req", "PPL-6")]
    [InlineData("zsf", true)]
    [InlineData("ZSF", true)]
    [InlineData("张", false)]
    [InlineData("z1", false)]
    [InlineData("abcdefghijk", false)]
    public void A_query_of_latin_letters_is_taken_as_initials(string q, bool expected) =>
        PinyinInitials.IsInitialsQuery(q).ShouldBe(expected);

    [Theory]
    [Trait("Req", "PPL-5")]
    [Trait("Req", "PPL-6")]
    [InlineData("峯城 李Ａ明", "峰城李a明")]
    [InlineData("  陳　建國 ", "陈建国")]
    public void Name_keys_fold_widths_variants_and_spaces(string name, string expected) => NameKey.Of(name)
        .ShouldBe(expected);
}
