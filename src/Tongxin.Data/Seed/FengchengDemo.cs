using Tongxin.Domain.Regions;

namespace Tongxin.Data.Seed;

/// <summary>
/// The Fengcheng demo (DOMAIN.md §13): the region chain, bodies, posts and documents the seed report names.
/// Villages, people's names and town documents are made up and marked as demo.
/// </summary>
public static partial class FengchengDemo
{
    public const string CountyCode = "370404";

    public static async Task<bool> LoadAsync(TongxinDb db, CancellationToken ct = default)
    {
        if (await db.Regions.AnyAsync(ct)) return false;
        var regions = BuildRegions();
        db.Regions.AddRange(regions);
        var county = regions.Single(r => r.Code == CountyCode);
        var towns = regions.Where(r => r.Level == RegionLevel.Town).ToList();
        var bodies = BuildBodies(county, towns);
        db.Bodies.AddRange(bodies);
        db.Posts.AddRange(BuildPosts(bodies));
        db.Documents.AddRange(BuildDocuments(county, towns, bodies));
        await db.SaveChangesAsync(ct);
        return true;
    }

    private static Region NewRegion(string code, string name, RegionLevel level, Region? parent, int order) => new()
    {
        Code = code, Name = name, Level = level, ParentId = parent?.Id, SortOrder = order,
        IsDemo = level == RegionLevel.Village,
        NodePath = NodePath.Child(parent?.NodePath ?? NodePath.Root, code),
    };

    private static List<Region> BuildRegions()
    {
        var province = NewRegion("37", "山东省", RegionLevel.Province, null, 1);
        var city = NewRegion("3704", "枣庄市", RegionLevel.City, province, 1);
        var county = NewRegion(CountyCode, "峰城区", RegionLevel.County, city, 1);
        var list = new List<Region> { province, city, county };
        var t = 0;
        foreach (var (code, name, villages) in Towns)
        {
            var town = NewRegion(CountyCode + code, name, RegionLevel.Town, county, ++t);
            list.Add(town);
            for (var i = 0; i < villages.Length; i++)
                list.Add(NewRegion(town.Code + (villages[i].EndsWith("社区")
                    || villages[i] == "鹭鸣山庄" ? "0" : "2") + (i + 1).ToString("00"),
                    villages[i], RegionLevel.Village, town, i + 1));
        }
        return list;
    }

    private static readonly (string Code, string Name, string[] Villages)[] Towns =
    [
        ("001", "坛山街道", ["鹭鸣山庄", "坛山社区", "金山社区", "青檀社区", "榴花社区",
            "东王庄村", "西王庄村", "后屯村", "前屯村", "南池村"]),
        ("002", "吴林街道", ["吴林社区", "文化社区", "涧头村", "贾庄村", "曹庄村",
            "朱庄村", "徐楼村", "大王庄村", "小王庄村"]),
        ("100", "古邵镇", ["古邵社区", "八里屯村", "南于村", "北于村", "甘沟村", "后枣庄村",
            "前枣庄村", "王庄村", "孟庄村", "张庄村", "李庄村"]),
        ("101", "阴平镇", ["阴平社区", "沙沟村", "西堌村", "东堌村", "毛宅村",
            "石庄村", "郭庄村", "棠阴村", "黄庄村"]),
        ("102", "底阁镇", ["底阁社区", "新安村", "曹庄村", "后湾村", "前湾村", "大郭庄村",
            "小郭庄村", "南台村", "北台村", "东村"]),
        ("103", "榴园镇", ["榴园社区", "贾泉村", "王府山村", "石榴园村", "岩湾村", "张庄村",
            "周庄村", "泉子村", "杨庄村", "冯庄村", "青檀村", "下庄村"]),
        ("104", "峨山镇", ["峨山社区", "大王庄村", "刘庄村", "后峨山村",
            "前峨山村", "种庄村", "马庄村", "夏庄村"]),
        ("400", "经济开发区", ["开发区社区", "工业园社区", "上庄村", "下庄村",
            "新村", "和平村", "朝阳村", "建设村"]),
    ];
}
