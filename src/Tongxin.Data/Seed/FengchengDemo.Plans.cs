using Tongxin.Domain.Regions;
using Tongxin.Domain.Plans;

namespace Tongxin.Data.Seed;

/// <summary>
/// PLN-1, PLN-2: the seed's 统战图谱、三年攻坚 2018–2020 (2020 = 三年决战) with its goals and tasks, a current
/// three-year plan whose tasks are dated from today so the warning ladder has a few of each colour, and a small
/// town plan of 吴林街道. Warnings are left at 正常: the ladder job computes them. Names and figures are made up
/// except where the seed gives them (统战之家 20, 统战进社区/村居 15, 党外干部 5 + 5, 6 placed in towns).
/// </summary>
public static partial class FengchengDemo
{
    /// <summary>The 坛山街道 task the phone test brings from 黄 to 正常 with one update carrying a photo.</summary>
    public const string TanshanYellowTask = "统战之家规范化建设";

    public static async Task LoadPlansAsync(TongxinDb db, string uploadsPath, DateOnly today,
        CancellationToken ct = default)
    {
        if (await db.Set<Plan>().AnyAsync(ct) || !await db.Bodies.AnyAsync(ct)) return;
        var regions = await db.Regions.Where(r => r.Level >= RegionLevel.County && r.Level <= RegionLevel.Town)
            .OrderBy(r => r.Code).ToListAsync(ct);
        var county = regions.First(r => r.Level == RegionLevel.County);
        var towns = regions.Where(r => r.Level == RegionLevel.Town).ToList();
        Region T(string name) => towns.Single(t => t.Name == name);
        var rows = new PlanRows();
        SeedPlan(db, rows, county, towns);
        CurrentPlan(db, rows, county, T, today);
        SeedProjectsAndLines(db, rows, county, T, today);
        await rows.SaveAsync(db, uploadsPath, ct);
    }

    private static Plan NewPlan(Region node, string title, int from, int to, string? document, string summary) => new()
    {
        Title = title, StartYear = from, EndYear = to, DocumentNo = document, Summary = summary,
        NodeId = node.Id, NodePath = node.NodePath,
    };

    private static Goal NewGoal(Plan plan, GoalLevel level, int? year, string title, string description,
        Goal? parent = null, int order = 1) => new()
        {
            PlanId = plan.Id, ParentId = parent?.Id, Level = level, Year = year, Title = title,
            Description = description, SortOrder = order, NodeId = plan.NodeId, NodePath = plan.NodePath,
        };

    private static void SeedPlan(TongxinDb db, PlanRows rows, Region county, List<Region> towns)
    {
        var plan = NewPlan(county, "统战图谱、三年攻坚", 2018, 2020, null,
            "2018 年提出的三年行动，与《关于加强和改进新形势下统一战线工作的意见》（峰发〔2018〕31号）配套：" +
            "推进双基双员、宗教五化、数字统战、同心联盟，实现“关口前移、重心下移”和“两个转移”。" +
            "任务分解、牵头人和节点为演示数据。");
        var vision = NewGoal(plan, GoalLevel.LongTerm, null, "创新提升、全面推进、走在前列",
            "重点任务对标全市、目标定位高于全市，坚持一张蓝图绘到底，形成统战工作“大格局”");
        var stage1 = NewGoal(plan, GoalLevel.Stage, 2019, "基层基础“两个转移”",
            "从机关到战线、从上层到基层，双基双员全覆盖", vision, 1);
        var stage2 = NewGoal(plan, GoalLevel.Stage, 2020, "三年决战",
            "统战品牌高标准深化、高站位对标、高强度突破的决胜之年", vision, 2);
        var y2018 = NewGoal(plan, GoalLevel.Annual, 2018, "夯实基础：健全组织架构和工作制度",
            "领导小组规范运行，“1+7”组织架构建立，镇（街道）统战办公室和统战干事配齐", stage1, 1);
        var y2019 = NewGoal(plan, GoalLevel.Annual, 2019, "创新提升落实年：双基双员提质扩面",
            "统战之家建成 20 处，15 处社区、村居完成“统战进社区”“统战进村居”", stage1, 2);
        var y2020 = NewGoal(plan, GoalLevel.Annual, 2020, "三年决战：重点工作攻坚年",
            "实施“八项工程”，“一镇一品”统战品牌全覆盖、差异化", stage2, 3);
        db.Set<Plan>().Add(plan);
        db.Set<Goal>().AddRange(vision, stage1, stage2, y2018, y2019, y2020);

        DateOnly Jan(int y) => new(y, 1, 1);
        DateOnly Dec(int y) => new(y, 12, 31);
        const string ufwd = "区委统战部";
        rows.Finished(rows.Add(county, "制定领导小组《工作规则》《成员职责》和办公机构《工作细则》", ufwd,
            Minister, "印发规范性文件", 3, Jan(2018), new(2018, 6, 30), "件", plan.Id, y2018.Id));
        rows.Finished(rows.Add(county, "建立领导小组框架内“1+7”专项工作机制", ufwd, Deputy,
            "建立专项工作机制", 7, Jan(2018), Dec(2018), "个", plan.Id, y2018.Id));
        int[] homes = [3, 3, 3, 3, 3, 3, 2], into = [3, 2, 2, 2, 2, 2, 2];
        foreach (var (town, i) in towns.Where(t => t.Name != "经济开发区").Select((t, i) => (t, i)))
        {
            var lead = TownLeads[town.Name];
            var office = $"{town.Name}统战办公室";
            rows.Finished(rows.Add(town, "设立统战办公室、配备专职统战干事", $"{town.Name}党（工）委", lead,
                "配备专职统战干事", 1, Jan(2018), Dec(2018), "名", plan.Id, y2018.Id));
            rows.Finished(rows.Add(town, "建设统战之家", office, lead, "建成统战之家", homes[i],
                Jan(2019), Dec(2019), "处", plan.Id, y2019.Id));
            rows.Finished(rows.Add(town, "推进“统战进社区”“统战进村居”", office, lead,
                "完成的社区、村居", into[i], Jan(2019), Dec(2019), "处", plan.Id, y2019.Id));
            rows.Finished(rows.Add(town, "创建“一镇一品”统战工作品牌", office, lead, "创建统战工作品牌", 1,
                Jan(2020), Dec(2020), "个", plan.Id, y2020.Id));
        }
        rows.Finished(rows.Add(county, "印发《关于进一步加强统战工作“双基双员”建设的意见》", ufwd, Deputy,
            "印发文件", 1, Jan(2019), new(2019, 8, 31), "件", plan.Id, y2019.Id));
        rows.Finished(rows.Add(county, "出台“双基双员”建设考核办法", ufwd, Deputy, "出台考核办法", 1,
            Jan(2019), Dec(2019), "件", plan.Id, y2019.Id));
        rows.Finished(rows.Add(county, "配备党外副县级、正科级干部", "区委组织部、区委统战部", Minister,
            "配备党外干部", 10, Jan(2020), Dec(2020), "名", plan.Id, y2020.Id));
        var placed = rows.Finished(rows.Add(county, "选派部门单位党外干部赴镇（街道）锻炼", "区委组织部、区委统战部",
            Deputy, "选派党外干部", 6, Jan(2020), Dec(2020), "名", plan.Id, y2020.Id));
        rows.Event(placed, WarningLevel.Yellow, new(2020, 7, 10), "时间过半、任务未过半（演示历史）", "staff");
    }
}
