using Tongxin.Domain.Regions;

namespace Tongxin.Data.Seed;

/// <summary>
/// LIA-1..4: seven section-level cadres liaise one-to-one with the seven towns each year from 2018 (rotated every
/// three years; the 经济开发区 has none, as in the seed), their visits with a cross-check each year, and
/// rectification items on the 建账 → 对账 → 销账 ledger; the 同心联盟 partners, their pairings and joint
/// activities. Names, findings and dates are made up.
/// </summary>
public static partial class FengchengDemo
{
    private static readonly (string Name, string Post)[] Cadres =
    [
        (LiaisonCadre, "组织联络室主任"), ("周强（演示）", "民族宗教室主任"), ("吴敏（演示）", "调研室主任"),
        ("郑浩（演示）", "经济联络室主任"), ("王芳（演示）", "台港澳侨室主任"), ("冯磊（演示）", "办公室主任"),
        ("陈静（演示）", "区统战事务服务中心副主任"),
    ];

    /// <summary>The cadre who has a demo account (DemoUsers "cadre1").</summary>
    public const string LiaisonCadre = "孙丽（演示）";

    private static readonly string[] Findings =
    [
        "统战之家台账不全，活动记录未按月归档", "村居“双员”名册未及时更新", "宗教活动场所消防器材过期",
        "统战工作品牌宣传展板内容陈旧", "新的社会阶层人士信息底数不清", "党员活动日学习宗教政策法规记录缺失",
    ];

    public static async Task LoadLiaisonAsync(TongxinDb db, string uploadsPath, DateOnly today,
        CancellationToken ct = default)
    {
        if (await db.Set<LiaisonAssignment>().AnyAsync(ct) || !await db.Regions.AnyAsync(ct)) return;
        var regions = await db.Regions.Where(r => r.Level >= RegionLevel.County).OrderBy(r => r.Code).ToListAsync(ct);
        var county = regions.First(r => r.Level == RegionLevel.County);
        var towns = regions.Where(r => r.Level == RegionLevel.Town && r.Name != "经济开发区").ToList();
        var visits = new List<Visit>();
        var items = new List<RectificationItem>();
        string Cadre(int year, int town) => Cadres[(town + (year - 2018) / 3) % Cadres.Length].Name;
        for (var year = 2018; year <= today.Year; year++)
            foreach (var (town, t) in towns.Select((x, i) => (x, i)))
                db.Set<LiaisonAssignment>().Add(new LiaisonAssignment
                {
                    Year = year, CadreName = Cadre(year, t),
                    CadrePost = Cadres[(t + (year - 2018) / 3) % Cadres.Length].Post + "（科级）",
                    NodeId = town.Id, NodePath = town.NodePath,
                });

        Visit NewVisit(DateOnly date, int t, string kind, bool cross, string findings)
        {
            // a cross-check is made by the cadres of two other towns (LIA-4)
            var who = cross ? $"{Cadre(date.Year, (t + 3) % towns.Count)}、{Cadre(date.Year, (t + 4) % towns.Count)}"
                : $"{Cadre(date.Year, t)}、{TownLeads[towns[t].Name]}";
            var v = new Visit
            {
                Date = date, Year = date.Year, Kind = kind, Visitors = who,
                Findings = $"（演示）{findings}", CrossCheck = cross, NodeId = towns[t].Id, NodePath = towns[t].NodePath,
            };
            visits.Add(v);
            return v;
        }
        static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;
        RectificationItem Item(Visit v, string title, DateOnly due, RectificationStage stage)
        {
            var closed = stage == RectificationStage.Closed;
            var item = new RectificationItem
            {
                VisitId = v.Id, Title = title, Owner = $"{towns.Single(x => x.Id == v.NodeId).Name}统战办公室",
                DueOn = due, Stage = stage,
                Progress = stage >= RectificationStage.Checked ? "（演示）已按要求整改，材料已报送" : null,
                CheckedOn = stage >= RectificationStage.Checked ? Min(due.AddDays(-5), today.AddDays(-2)) : null,
                ReviewerName = closed ? Minister : null, ClosedOn = closed ? due.AddDays(-1) : null,
                NodeId = v.NodeId, NodePath = v.NodePath,
            };
            items.Add(item);
            return item;
        }

        // past years: four visits a year, one of them a cross-check; their items are closed
        for (var year = 2018; year < today.Year; year++)
            for (var k = 0; k < 4; k++)
            {
                var t = (year + k * 2) % towns.Count;
                var cross = k == 3;
                var v = NewVisit(new DateOnly(year, 3 + k * 2, 10 + k), t, cross ? "调研督查" : Visit.Kinds[k % 4],
                    cross, Findings[(year + k) % Findings.Length]);
                if (k % 2 == 0) Item(v, Findings[(year + k) % Findings.Length], v.Date.AddDays(45),
                    RectificationStage.Closed);
            }
        // this year: items on every step of the ledger, relative to today
        DateOnly Ago(int days) => today.AddDays(-Math.Min(days, today.DayOfYear - 1));
        var current = new (int Days, int Town, string Kind, bool Cross, int Due, RectificationStage Stage)[]
        {
            (150, 0, "现场调研", false, -100, RectificationStage.Closed),
            (120, 2, "会议观摩", false, 10, RectificationStage.Checked),
            (100, 3, "调研督查", true, -50, RectificationStage.Opened),
            (70, 4, "节点调度", false, -8, RectificationStage.Opened),
            (40, 5, "现场调研", false, 5, RectificationStage.Opened),
            (25, 6, "调研督查", true, 30, RectificationStage.Opened),
            (12, 1, "节点调度", false, 45, RectificationStage.Opened),
        };
        foreach (var (c, i) in current.Select((c, i) => (c, i)))
        {
            var v = NewVisit(Ago(c.Days), c.Town, c.Kind, c.Cross, Findings[i % Findings.Length]);
            Item(v, Findings[i % Findings.Length], today.AddDays(c.Due), c.Stage);
        }
        db.Set<Visit>().AddRange(visits);
        db.Set<RectificationItem>().AddRange(items);
        foreach (var item in items.Where(x => x.Stage >= RectificationStage.Checked))
        {
            db.Set<EvidenceFile>().Add(await WriteEvidenceAsync(uploadsPath, nameof(RectificationItem), item.Id,
                photo: false, item.NodeId, item.NodePath, ct));
            item.FileCount = 1;
        }
        LoadAlliance(db, regions, county, today);
        await db.SaveChangesAsync(ct);
    }
}
