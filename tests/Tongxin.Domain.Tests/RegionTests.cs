using Tongxin.Domain.Regions;

namespace Tongxin.Domain.Tests;

public sealed class RegionTests
{
    [Theory]
    [Trait("Req", "ACC-1")]
    [InlineData("370404", RegionLevel.County, "3704", null)]
    [InlineData("370404001", RegionLevel.Town, "370404", null)]
    [InlineData("370404001001", RegionLevel.Village, "370404001", null)]
    [InlineData("37040400", RegionLevel.Town, "370404", "9 位")]
    [InlineData("37040A001", RegionLevel.Town, "370404", "9 位")]
    [InlineData("370405001", RegionLevel.Town, "370404", "上级代码")]
    [InlineData("", RegionLevel.Town, "370404", "不能为空")]
    public void Codes_have_the_length_of_their_level_and_extend_the_parent(string code, RegionLevel level,
        string parent, string? error)
    {
        var result = RegionCode.Validate(code, level, parent);
        if (error is null) result.ShouldBeNull();
        else result.ShouldNotBeNull().ShouldContain(error);
    }

    [Fact]
    [Trait("Req", "ACC-2")]
    public void A_subtree_is_a_half_open_range_of_paths()
    {
        const string town = "/37/3704/370404/370404001/";
        NodePath.Contains(town, town).ShouldBeTrue();
        NodePath.Contains(town, town + "370404001001/").ShouldBeTrue();
        NodePath.Contains(town, "/37/3704/370404/370404002/").ShouldBeFalse();
        NodePath.Contains(town, "/37/3704/370404/").ShouldBeFalse();
        // a sibling whose code merely starts alike
        NodePath.Contains(town, "/37/3704/370404/3704040010/").ShouldBeFalse();
        NodePath.Contains("/", town).ShouldBeTrue();
        NodePath.Upper(town).ShouldBe("/37/3704/370404/3704040010");
    }

    [Fact]
    [Trait("Req", "ACC-2")]
    public void Ancestors_run_from_the_root_to_the_node()
    {
        NodePath.SelfAndAncestors("/37/3704/370404/").ShouldBe(["/", "/37/", "/37/3704/", "/37/3704/370404/"]);
        NodePath.Depth("/37/3704/").ShouldBe(2);
    }

    [Theory]
    [Trait("Req", "RPT-1")]
    [InlineData("/", "/", false)]
    [InlineData("/37/", "/37/", false)]
    [InlineData("/37/3704/370404/", "/37/3704/370404/", false)]
    [InlineData("/37/3704/370404/370404001/", "/37/3704/370404/370404001/", true)]
    [InlineData("/37/3704/370404/370404001/370404001002/", "/37/3704/370404/370404001/", true)]
    [InlineData("/370404/370404001/370404001002/", "/370404/370404001/", true)]
    public void Tallies_are_kept_per_town_or_per_node_above_towns(string path, string key, bool townOrBelow)
    {
        NodePath.TownOrAbove(path).ShouldBe(key);
        NodePath.IsTownOrBelow(path).ShouldBe(townOrBelow);
    }
}
