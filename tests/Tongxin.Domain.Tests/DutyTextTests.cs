using Tongxin.Domain.Duties;

namespace Tongxin.Domain.Tests;

public sealed class DutyTextTests
{
    [Theory]
    [Trait("Req", "OBL-5")]
    [InlineData("区宗教工作联席会议每年研究部署专题工作不少于 3 次", 2, "区宗教工作联席会议每年研究部署专题工作不少于 2 次")]
    [InlineData("区委党校每年安排主体授课不少于3个班次", 4, "区委党校每年安排主体授课不少于4个班次")]
    [InlineData("每年至少 1 次", 12, "每年至少 12 次")]
    [InlineData("镇街统战办公室每年开展调研督查", 2, "镇街统战办公室每年开展调研督查")] // states no count
    public void The_stated_count_is_the_rules_minimum(string text, int minimum, string expected) =>
        DutyText.FollowMinimum(text, minimum).ShouldBe(expected);
}
