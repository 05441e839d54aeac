using Tongxin.Data.Bulk;
using Tongxin.Domain.People;
using Tongxin.Domain.Regions;
using Tongxin.Domain.Text;

namespace Tongxin.Data.Seed;

/// <summary>
/// Generated data at county, city or province size (issue 6): a region tree under the province node (cities coded
/// 3750…, so nothing clashes with the Fengcheng demo), a 党委 per town, two duty rules, people and five years of
/// activities, written with <see cref="BulkInsert"/>. Everything is labelled 压测 and deterministic (fixed seed).
/// </summary>
public static class ScaleDemo
{
    public sealed record Size(string Name, int Cities, int Counties, int Towns, int Villages, int People,
        int Activities, int Years = 5);

    public static readonly IReadOnlyDictionary<string, Size> Sizes = new Dictionary<string, Size>
    {
        ["county"] = new("county", 1, 1, 13, 520, 25_000, 75_000),
        ["city"] = new("city", 1, 9, 120, 4_600, 200_000, 660_000),
        ["province"] = new("province", 16, 136, 1_822, 70_000, 3_000_000, 10_000_000),
    };

    /// <summary>The first generated county: the same county-scoped requests are measured on every size.</summary>
    public const string BenchCountyCode = "375001";

    public sealed record Report(string Table, long Rows, double Seconds);

    public static async Task<IReadOnlyList<Report>> LoadAsync(TongxinDb db, Size size, DateOnly today,
        Action<string> progress, CancellationToken ct = default)
    {
        if (await db.Regions.AnyAsync(r => r.Code.StartsWith("3750"), ct))
            throw new InvalidOperationException("数据库中已有压测数据，请使用新的数据库");
        var province = await db.Regions.FirstOrDefaultAsync(r => r.Code == "37", ct);
        if (province is null)
        {
            province = new Region
            {
                Code = "37", Name = "山东省", Level = RegionLevel.Province,
                NodePath = "/37/", IsDemo = true
            };
            db.Regions.Add(province);
            await db.SaveChangesAsync(ct);
        }
        var reports = new List<Report>();
        async Task<long> Write<T>(string table, IEnumerable<T> rows, long total) where T : class
        {
            var watch = System.Diagnostics.Stopwatch.StartNew();
            var n = await BulkInsert.InsertAsync(db, rows,
                done => progress($"{table}: {done:N0} / {total:N0} 行" +
                    $"（{done / Math.Max(0.001, watch.Elapsed.TotalSeconds):N0} 行/秒）"),
                ct);
            reports.Add(new Report(table, n, watch.Elapsed.TotalSeconds));
            return n;
        }

        var regions = Tree(province, size);
        await Write("区划", regions, regions.Count);
        var towns = regions.Where(r => r.Level == RegionLevel.Town).ToList();
        var villages = regions.Where(r => r.Level == RegionLevel.Village).ToList();
        var counties = regions.Where(r => r.Level == RegionLevel.County).ToList();
        var committees = towns.Select(t => new Body
        {
            Name = t.Name + "党委", Type = BodyType.PartyCommittee,
            NodeId = t.Id, NodePath = t.NodePath
        }).ToList();
        await Write("机构", committees, committees.Count);
        db.DutyRules.AddRange(
            new DutyRule
            {
                Code = "S1",
                Title = "（压测）各级党委每年至少听取 1 次统一战线工作汇报",
                SubjectKind = DutySubjectKind.BodyType, SubjectBodyType = BodyType.PartyCommittee,
                ActivityTypes = "|T02|", Minimum = 1, EvidenceRequired = true, NodeId = province.Id,
                NodePath = province.NodePath
            },
            new DutyRule
            {
                Code = "S10",
                Title = "（压测）每个党支部每年“28日党员活动日”学习不少于 2 次",
                SubjectKind = DutySubjectKind.NodeLevel, SubjectLevel = (int)RegionLevel.Village,
                ActivityTypes = "|T03|", Minimum = 2, DayOfMonth = 28, NodeId = province.Id,
                NodePath = province.NodePath
            });
        await db.SaveChangesAsync(ct);
        await Write("人员", People(size, counties, towns, villages), size.People);
        await Write("活动", Activities(size, today, counties, towns, villages, committees), size.Activities);
        var watch = System.Diagnostics.Stopwatch.StartNew();
        progress("统计快照：重新统计全部镇街");
        await Statistics.TallyCounter.RefreshAsync(db, all: true, ct);
        reports.Add(new Report("统计快照", await db.Tallies.CountAsync(ct), watch.Elapsed.TotalSeconds));
        // Fresh planner statistics after millions of new rows (both databases know ANALYZE), as an operator would run.
        progress("更新查询统计信息（ANALYZE）");
        var timeout = db.Database.GetCommandTimeout();
        db.Database.SetCommandTimeout(TongxinDb.LongCommandTimeout);
        try
        {
            await db.Database.ExecuteSqlRawAsync("ANALYZE", ct);
        }
        finally
        {
            db.Database.SetCommandTimeout(timeout);
        }
        return reports;
    }

    /// <summary>
    /// Splits <paramref name="total"/> over <paramref name="parts"/> as evenly as whole numbers allow.
    /// </summary>
    public static int Share(int total, int parts, int index) => total / parts + (index < total % parts ? 1 : 0);

    private static List<Region> Tree(Region province, Size size)
    {
        var list = new List<Region>();
        Region Add(Region parent, string code, string name, RegionLevel level, int order)
        {
            var r = new Region
            {
                Code = code, Name = name, Level = level, ParentId = parent.Id, SortOrder = order,
                IsDemo = true, NodePath = parent.NodePath + code + "/"
            };
            list.Add(r);
            return r;
        }
        int county = 0, town = 0, village = 0;
        for (var c = 0; c < size.Cities; c++)
        {
            var city = Add(province, (3750 + c).ToString(), $"压测{c + 1:00}市", RegionLevel.City, c);
            for (var k = 0; k < Share(size.Counties, size.Cities, c); k++, county++)
            {
                var cty = Add(city, $"{city.Code}{k + 1:00}",
                    $"压测{c + 1:00}市{k + 1:00}县", RegionLevel.County, k);
                for (var t = 0; t < Share(size.Towns, size.Counties, county); t++, town++)
                {
                    var tn = Add(cty, $"{cty.Code}{t + 1:000}", $"{cty.Name}{t + 1:00}镇", RegionLevel.Town, t);
                    for (var v = 0; v < Share(size.Villages, size.Towns, town); v++, village++)
                        Add(tn, $"{tn.Code}{v + 1:000}", $"{tn.Name}{v + 1:00}村", RegionLevel.Village, v);
                }
            }
        }
        return list;
    }

    private const string Surnames =
        "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许" +
        "韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢";
    private const string Given =
        "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超兰霞" +
        "平刚桂华建国红梅玉兰志强海燕文斌晓东立新春雷";

    private static IEnumerable<Person> People(Size size,
        List<Region> counties, List<Region> towns, List<Region> villages)
    {
        var random = new Random(6);
        var byCounty = counties.ToDictionary(c => c.Id, c => towns.Where(t => t.ParentId == c.Id).ToList());
        for (var k = 0; k < counties.Count; k++)
        {
            var countyTowns = byCounty[counties[k].Id];
            var townIds = countyTowns.Select(t => t.Id).ToHashSet();
            var countyVillages = villages.Where(v => townIds.Contains(v.ParentId!.Value)).ToList();
            for (var i = 0; i < Share(size.People, counties.Count, k); i++)
            {
                var name = $"{Surnames[random.Next(Surnames.Length)]}{Given[random.Next(Given.Length)]}"
                    + (random.Next(2) == 0 ? Given[random.Next(Given.Length)] : "");
                var node = random.Next(3) == 0 ? countyTowns[random.Next(countyTowns.Count)]
                    : countyVillages[random.Next(countyVillages.Count)];
                yield return new Person
                {
                    Name = name, Gender = random.Next(2) == 0 ? Gender.Male : Gender.Female,
                    BirthDate = new DateOnly(1950 + random.Next(50), 1 + random.Next(12), 1 + random.Next(28)),
                    Categories = $"|C{1 + random.Next(12):00}|",
                    Employer = $"（压测）{node.Name}", NodeId = node.Id, NodePath = node.NodePath,
                };
            }
        }
    }

    private static IEnumerable<Activity> Activities(Size size, DateOnly today,
        List<Region> counties, List<Region> towns, List<Region> villages, List<Body> committees)
    {
        var random = new Random(28);
        var committeeOf = committees.ToDictionary(b => b.NodeId);
        var perCounty = counties.Select((c, k) => (c, n: Share(size.Activities, counties.Count, k))).ToList();
        foreach (var (county, n) in perCounty)
        {
            var countyTowns = towns.Where(t => t.ParentId == county.Id).ToList();
            var townIds = countyTowns.Select(t => t.Id).ToHashSet();
            var countyVillages = villages.Where(v => townIds.Contains(v.ParentId!.Value)).ToList();
            for (var i = 0; i < n; i++)
            {
                var year = today.Year - size.Years + 1 + i % size.Years;
                var last = year == today.Year ? today.DayOfYear : (DateTime.IsLeapYear(year) ? 366 : 365);
                var date = new DateOnly(year, 1, 1).AddDays(random.Next(last));
                var onVillage = random.Next(4) != 0;
                if (onVillage && random.Next(3) == 0 && date.Day != 28 && date.AddDays(28 - date.Day) is var d28
                    && d28 <= today) date = d28;
                var node = onVillage ? countyVillages[random.Next(countyVillages.Count)]
                    : countyTowns[random.Next(countyTowns.Count)];
                yield return new Activity
                {
                    Date = date, Type = onVillage ? "T03" : "T02", BodyId = onVillage ? null : committeeOf[node.Id].Id,
                    Topic = onVillage ? "（压测）党员学习宗教政策法规"
                        : "（压测）党委听取统战工作汇报", Minutes = "（压测）纪要",
                    HasEvidence = true,
                    NodeId = node.Id, NodePath = node.NodePath,
                };
            }
        }
    }
}
