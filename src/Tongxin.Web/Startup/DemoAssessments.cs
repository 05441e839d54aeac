using Tongxin.Domain.Regions;
using Tongxin.Web.Features.Assessment;

namespace Tongxin.Web.Startup;

/// <summary>
/// Demo 百分考核 (labelled 演示): the district's 2019 scheme published with results for every town (one below the
/// 问责 line), the 2020 scheme in review (some towns in 联评 with a reviewer who has not scored everything, two
/// still in 审核评分), and 吴林街道's own 2020 scheme for its villages, published. Scores are made up; auto
/// items come from the real data.
/// </summary>
public static class DemoAssessments
{
    private sealed record Item(string Title, int Points, string? Auto = null, string? Criteria = null);

    private static readonly (string Category, Item[] Items)[] Tree =
    [
        ("基础工作", [new("统战工作台账规范完整", 80), new("统战对象信息入库及时准确", 70),
            new("村居“双员”全覆盖", 50, CoverageSource.Code, "有队伍：按覆盖比例自动计分")]),
        ("机构建设", [new("配备统战委员和专职统战干事", 100, OfficerSource.Code,
                "有队伍：两者齐备得满分，缺一项得一半"),
            new("统战办公室“三合一”规范运行", 50, Criteria: "有机制"),
            new("统战之家建设使用", 50, Criteria: "有阵地")]),
        ("制度建设", [new("党委每年听取统战工作汇报", 60, DutySource.Prefix + "R1"),
            new("“28日党员活动日”学习宗教政策法规", 60, DutySource.Prefix + "R10"),
            new("联谊交友制度落实", 40),
            new("统战工作例会制度", 40, Criteria: "有目标：年度目标任务分解到月")]),
        ("统战领域", [new("民族宗教工作", 40), new("非公有制经济统战工作", 40),
            new("新的社会阶层和党外知识分子工作", 30),
            new("“一镇一品”统战品牌", 40, Criteria: "有品牌")]),
        ("风险管控", [new("宗教领域风险排查化解", 80), new("涉统战舆情和突发事件处置", 70)]),
        ("宣教培训", [new("统战干部教育培训", 50), new("统战工作宣传报道", 50)]),
    ];

    public static async Task LoadAsync(IServiceProvider sp, CancellationToken ct)
    {
        var db = sp.GetRequiredService<TongxinDb>();
        if (await db.AssessmentSchemes.AnyAsync(ct)) return;
        var county = await db.Regions.Where(r => r.Level == RegionLevel.County).OrderBy(r => r.Code)
            .FirstOrDefaultAsync(ct);
        if (county is null) return;
        var towns = await db.Regions.Where(r => r.ParentId == county.Id).OrderBy(r => r.Code).ToListAsync(ct);
        var doc = await db.Documents.Where(d => d.Number == "峯统发〔2019〕13号").Select(d => (Guid?)d.Id)
            .FirstOrDefaultAsync(ct);
        var reviewers = await db.Users.Where(u => u.UserName!.StartsWith("reviewer")).OrderBy(u => u.UserName)
            .Select(u => new { u.Id, u.DisplayName }).ToListAsync(ct);
        var random = new Random(2019);

        foreach (var year in new[] { 2019, 2020 })
        {
            var scheme = Scheme(db, county, year,
                $"峯城区统战工作“双基双员”建设考核方案（{year} 年，演示）", doc, 600);
            var leaves = AddTree(db, scheme, Tree);
            foreach (var (town, t) in towns.Select((x, i) => (x, i)))
            {
                // the last (经济开发区) falls below the line
                var quality = t == towns.Count - 1 ? 0.52 : 0.70 + 0.25 * random.NextDouble();
                var stage = year == 2020 && t % 4 == 3 ? AssessmentStage.DistrictReview : AssessmentStage.JointReview;
                var a = db.TownAssessments.Add(new TownAssessment
                {
                    SchemeId = scheme.Id, Year = year, Stage = stage,
                    NodeId = town.Id, NodePath = town.NodePath
                }).Entity;
                foreach (var r in stage == AssessmentStage.JointReview ? reviewers : [])
                    db.AssessmentReviewers.Add(new AssessmentReviewer
                    {
                        AssessmentId = a.Id, ReviewerId = r.Id,
                        ReviewerName = r.DisplayName, NodeId = town.Id, NodePath = town.NodePath
                    });
                foreach (var (leaf, k) in leaves.Select((x, i) => (x, i)))
                {
                    var manual = leaf.AutoSource is null;
                    var district = manual ? Around(leaf.Points, quality, random) : (int?)null;
                    db.Scores.Add(new Score
                    {
                        AssessmentId = a.Id, IndicatorId = leaf.Id, NodeId = town.Id, NodePath = town.NodePath,
                        SelfScore = manual ? Math.Min(leaf.Points, Around(leaf.Points, quality + 0.1, random)) : null,
                        Evidence = manual && !(t == towns.Count - 1 && k % 3 == 0)
                            ? "（演示）工作台账、会议纪要及照片已上传" : null,
                        DistrictScore = district,
                        DistrictNote = manual ? "（演示）经查阅台账、实地检查" : null,
                    });
                    if (!manual || stage != AssessmentStage.JointReview) continue;
                    foreach (var (r, n) in reviewers.Select((x, i) => (x, i)))
                    {
                        // the last reviewer has not finished 2020
                        if (year == 2020 && n == reviewers.Count - 1 && k % 2 == 0) continue;
                        db.ReviewerScores.Add(new ReviewerScore
                        {
                            AssessmentId = a.Id, IndicatorId = leaf.Id, ReviewerId = r.Id, NodeId = town.Id,
                            NodePath = town.NodePath,
                            Score = Math.Clamp(district!.Value + random.Next(-5, 6), 0, leaf.Points),
                        });
                    }
                }
            }
            await db.SaveChangesAsync(ct);
            if (year == 2019) await sp.GetRequiredService<PublishResults>().HandleAsync(scheme.Id, ct);
        }
        await LoadTownSchemeAsync(sp, db, towns, random, ct);
    }

    /// <summary>吴林街道 assesses its own villages with a small scheme (ASM-1 at town level), published.</summary>
    private static async Task LoadTownSchemeAsync(IServiceProvider sp, TongxinDb db, List<Region> towns,
        Random random, CancellationToken ct)
    {
        var town = towns.FirstOrDefault(t => t.Name == "吴林街道");
        if (town is null) return;
        var scheme = Scheme(db, town, 2020,
            "吴林街道村（社区）统战工作考核细则（2020 年，演示）", null, 600);
        var leaves = AddTree(db, scheme,
        [
            ("基础工作", [new Item("“双员”在岗履职", 400, CoverageSource.Code),
                new Item("统战对象台账", 200)]),
            ("阵地建设", [new Item("统战进村居", 400)]),
        ]);
        foreach (var village in await db.Regions.Where(r => r.ParentId == town.Id).OrderBy(r => r.Code).ToListAsync(ct))
        {
            var a = db.TownAssessments.Add(new TownAssessment
            {
                SchemeId = scheme.Id, Year = 2020,
                Stage = AssessmentStage.JointReview, NodeId = village.Id, NodePath = village.NodePath
            }).Entity;
            foreach (var leaf in leaves)
                db.Scores.Add(new Score
                {
                    AssessmentId = a.Id, IndicatorId = leaf.Id, NodeId = village.Id, NodePath = village.NodePath,
                    DistrictScore = leaf.AutoSource is null
                        ? Around(leaf.Points, 0.7 + 0.25 * random.NextDouble(), random) : null,
                });
        }
        await db.SaveChangesAsync(ct);
        await sp.GetRequiredService<PublishResults>().HandleAsync(scheme.Id, ct);
    }

    private static AssessmentScheme Scheme(TongxinDb db, Region node, int year, string title,
        Guid? doc, int threshold) =>
        db.AssessmentSchemes.Add(new AssessmentScheme
        {
            Year = year, Title = title, Issuer = node.Name + "统战工作领导小组办公室", DocumentId = doc,
            Threshold = threshold, Status = SchemeStatus.Published,
            PublishedUtc = new DateTime(year, 3, 1, 0, 0, 0, DateTimeKind.Utc), NodeId = node.Id,
            NodePath = node.NodePath,
        }).Entity;

    private static List<Indicator> AddTree(TongxinDb db, AssessmentScheme scheme,
        (string Category, Item[] Items)[] tree)
    {
        var leaves = new List<Indicator>();
        var order = 0;
        foreach (var (category, items) in tree)
        {
            var parent = db.Indicators.Add(new Indicator
            {
                SchemeId = scheme.Id, Title = category, Points = items.Sum(i => i.Points), SortOrder = order += 10,
                NodeId = scheme.NodeId, NodePath = scheme.NodePath,
            }).Entity;
            foreach (var i in items)
                leaves.Add(db.Indicators.Add(new Indicator
                {
                    SchemeId = scheme.Id, ParentId = parent.Id, Title = i.Title, Points = i.Points,
                    AutoSource = i.Auto, Criteria = i.Criteria,
                    SortOrder = order += 10, NodeId = scheme.NodeId, NodePath = scheme.NodePath,
                }).Entity);
        }
        return leaves;
    }

    private static int Around(int points, double quality, Random random) =>
        Math.Clamp((int)Math.Round(points * (quality + (random.NextDouble() - 0.5) * 0.1)), 0, points);
}
