using Tongxin.Domain.Documents;

namespace Tongxin.Domain.Tests;

public sealed class DocumentNumberTests
{
    [Theory]
    [Trait("Req", "ORG-6")]
    [InlineData("峰统组发〔2019〕7号", "峰统组发〔2019〕7号")]
    [InlineData("峰统组发[2019]7号", "峰统组发〔2019〕7号")]
    [InlineData("峰统组发(2019)7号", "峰统组发〔2019〕7号")]
    [InlineData("峰统组发（2019）7号", "峰统组发〔2019〕7号")]
    [InlineData("峰统组发【2019】7号", "峰统组发〔2019〕7号")]
    [InlineData("峰发〔2018〕31 号", "峰发〔2018〕31号")]
    [InlineData(" 峯统发〔２０１９〕１３号 ", "峯统发〔2019〕13号")]
    public void Accepts_common_bracket_forms_and_stores_the_canonical_one(string input, string canonical)
    {
        DocumentNumber.TryParse(input, out var number, out var error).ShouldBeTrue(error);
        number!.ToString().ShouldBe(canonical);
    }

    [Theory]
    [Trait("Req", "ORG-6")]
    [InlineData("", "不能为空")]
    [InlineData("峰统组发2019 7号", "格式")]
    [InlineData("〔2019〕7号", "格式")]
    [InlineData("峰统组发〔19〕7号", "格式")]
    [InlineData("峰统组发〔2019〕7", "格式")]
    [InlineData("峰统组发〔1900〕7号", "年份")]
    [InlineData("峰统组发〔2019〕07号", "序号")]
    [InlineData("峰统组发〔2019〕0号", "序号")]
    public void Refuses_malformed_numbers_with_a_reason(string input, string reason)
    {
        DocumentNumber.TryParse(input, out _, out var error).ShouldBeFalse();
        error.ShouldNotBeNull().ShouldContain(reason);
    }
}
