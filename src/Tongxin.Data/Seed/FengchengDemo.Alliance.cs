using Tongxin.Domain.Regions;

namespace Tongxin.Data.Seed;

/// <summary>
/// LIA-3 同心联盟: the 4 democratic-party grassroots organisations, 工商联, 知联会 and 新阶联 registered at the county
/// (and a 吴林街道 商会 registered by its town), paired with towns and villages (联镇结村), with a few 三联三访 joint
/// activities a year, recorded as 三联三访 activities of the node. Names and dates are made up.
/// </summary>
public static partial class FengchengDemo
{
    private static readonly (string Name, string Kind, string Town, string? Village)[] Partners =
    [
        ("民革峰城区基层委员会（演示）", "民主党派基层组织", "坛山街道", "鹭鸣山庄"),
        ("民盟峰城区基层委员会（演示）", "民主党派基层组织", "榴园镇", "贾泉村"),
        ("民建峰城区基层委员会（演示）", "民主党派基层组织", "古邵镇", null),
        ("九三学社峰城区基层委员会（演示）", "民主党派基层组织", "底阁镇", "新安村"),
        ("峰城区工商业联合会", "工商联", "吴林街道", null),
        ("峰城区党外知识分子联谊会", "知联会", "阴平镇", "沙沟村"),
        ("峰城区新的社会阶层人士联合会", "新阶联", "峨山镇", null),
    ];

    private static void LoadAlliance(TongxinDb db, List<Region> regions, Region county, DateOnly today)
    {
        var partners = Partners.Select(p => new AlliancePartner
        {
            Name = p.Name, Kind = p.Kind, Contact = "联络员（演示）0632-7700000", NodeId = county.Id,
            NodePath = county.NodePath,
        }).ToList();
        var wulin = regions.Single(r => r.Name == "吴林街道");
        var chamber = new AlliancePartner
        {
            Name = "吴林街道商会（演示）", Kind = "工商联", Contact = "曹庆华（演示）", NodeId = wulin.Id,
            NodePath = wulin.NodePath,
        };
        db.Set<AlliancePartner>().AddRange([.. partners, chamber]);
        var pairs = new List<(Alliance Pair, AlliancePartner Partner, Region Node)>();
        void Pair(AlliancePartner partner, Region node, int since, string aim)
        {
            var a = new Alliance
            {
                PartnerId = partner.Id, Since = new DateOnly(since, 5, 1), Aim = aim, NodeId = node.Id,
                NodePath = node.NodePath,
            };
            db.Set<Alliance>().Add(a);
            pairs.Add((a, partner, node));
        }
        foreach (var (p, i) in Partners.Select((p, i) => (p, i)))
        {
            var town = regions.Single(r => r.Name == p.Town && r.Level == RegionLevel.Town);
            Pair(partners[i], town, 2019, "联镇：助力乡村振兴和基层统战阵地建设");
            if (p.Village is { } name)
                Pair(partners[i], regions.Single(r => r.Name == name && r.ParentId == town.Id), 2020,
                    "结村：共建“统战之家”，开展“三联三访”");
        }
        var village = regions.Single(r => r.Name == "涧头村" && r.ParentId == wulin.Id);
        Pair(chamber, village, today.Year - 1, "结村：商会会员企业助力村居发展");

        string[] topics = ["“三联三访”联系走访困难群众", "同心联盟共建“统战之家”", "“三联三访”政策宣讲进村居",
            "同心联盟助企纾困座谈"];
        foreach (var (pair, partner, node) in pairs)
            for (var year = pair.Since.Year; year <= today.Year; year++)
                for (var k = 0; k < 2; k++)
                {
                    var date = new DateOnly(year, 4 + k * 5, 12 + k);
                    if (date > today || date < pair.Since) continue;
                    var activity = new Activity
                    {
                        Date = date, Type = "T11",
                        Topic = $"{partner.Name.Replace("（演示）", "")}{topics[(year + k) % 4]}",
                        Minutes = "（演示）活动记录和照片", HasEvidence = true, NodeId = node.Id, NodePath = node.NodePath,
                    };
                    db.Activities.Add(activity);
                    db.Set<AllianceActivity>().Add(new AllianceActivity
                    {
                        AllianceId = pair.Id, ActivityId = activity.Id, NodeId = node.Id, NodePath = node.NodePath,
                    });
                }
    }
}
