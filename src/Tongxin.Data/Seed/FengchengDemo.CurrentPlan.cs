using Tongxin.Domain.Plans;

namespace Tongxin.Data.Seed;

/// <summary>
/// The plan in force today (made up, labelled demo): the three years up to the current one. Its current-year tasks
/// are dated from today so the ladder finds a few 蓝 (a milestone due within 7 days), 黄 (behind pace, or no
/// evidenced update for over 30 days), 红 (a milestone overdue), one 通报 (overdue for long) and several 正常.
/// </summary>
public static partial class FengchengDemo
{
    private static void CurrentPlan(TongxinDb db, PlanRows rows, Region county, Func<string, Region> town,
        DateOnly today)
    {
        var y = today.Year;
        var plan = NewPlan(county, $"统战工作“同心聚力”三年行动（{y - 2}—{y}年）", y - 2, y, null,
            "（演示数据）承接“统战图谱、三年攻坚”，巩固双基双员、宗教五化、数字统战、同心联盟成果，" +
            "推动基层统战工作提质增效。");
        var vision = NewGoal(plan, GoalLevel.LongTerm, null, "大统战格局全面融合发展",
            "统战工作“大格局”更加健全，五大关系“同心圆”更加饱满");
        var stage = NewGoal(plan, GoalLevel.Stage, y, "三年提质增效", "一镇一品品牌升级、基层阵地规范运行",
            vision);
        var annual = Enumerable.Range(0, 3).Select(i => NewGoal(plan, GoalLevel.Annual, y - 2 + i,
            i switch
            {
                0 => "规范提升年：统战之家规范运行",
                1 => "品牌深化年：一镇一品提档升级",
                _ => "巩固见效年：重点任务全面收官",
            }, "年度重点任务清单（演示）", stage, i + 1)).ToArray();
        db.Set<Plan>().Add(plan);
        db.Set<Goal>().AddRange([vision, stage, .. annual]);

        // past years of the plan: done
        foreach (var (goal, i) in annual.Take(2).Select((g, i) => (g, i)))
        {
            var (from, to) = (new DateOnly(y - 2 + i, 1, 1), new DateOnly(y - 2 + i, 12, 31));
            rows.Finished(rows.Add(county, "开展统战工作“双基双员”年度考核", "区委统战部", Deputy,
                "完成考核的镇（街道）", 7, from, to, "处", plan.Id, goal.Id));
            foreach (var name in new[] { "坛山街道", "榴园镇", "吴林街道" })
                rows.Finished(rows.Add(town(name), "开展“三联三访”同心联盟共建活动", $"{name}统战办公室",
                    TownLeads[name], "共建活动", 4, from, to, "场", plan.Id, goal.Id));
        }

        // this year, relative to today
        var now = annual[2];
        var starts = today.DayOfYear > 60 ? new DateOnly(y, 1, 1) : today.AddDays(-90);
        var ends = new DateOnly(y, 12, 31);
        if (ends.DayNumber - today.DayNumber < 20) ends = today.AddDays(30);
        var share = (today.DayNumber - starts.DayNumber) / (double)(ends.DayNumber - starts.DayNumber);
        int OnPace(int target) => Math.Min(target - 1, (int)Math.Ceiling(target * share) + 1);
        int Behind(int target) => (int)Math.Floor(target * share * 0.4);
        var late = ends.AddDays(-3);
        WorkTask Task(string at, string title, string metric, int target, string unit = "场")
        {
            var node = at == "" ? county : town(at);
            return rows.Add(node, title, at == "" ? "区委统战部" : $"{at}统战办公室",
                at == "" ? Deputy2 : TownLeads[at], metric, target, starts, ends, unit, plan.Id, now.Id);
        }
        void Up(WorkTask t, int daysAgo, int done, string text, bool evidence = true) =>
            rows.Update(t, Ago(daysAgo), done, $"（演示）{text}", evidence);
        var span = today.DayNumber - starts.DayNumber;
        DateOnly Ago(int days) => today.AddDays(-Math.Min(days, span - 1));
        var early = starts.AddDays(span / 3);

        // 黄 at 坛山街道: behind pace and no evidenced update for 40 days; one update with a photo puts it right
        var home = Task("坛山街道", TanshanYellowTask, "规范化建设达标的统战之家", 4, "处");
        rows.Milestone(home, "完成选址和制度上墙", early, early);
        rows.Milestone(home, "年底验收", ends);
        Up(home, 40, 1, "鹭鸣山庄统战之家完成规范化建设，制度上墙、台账建立");

        // 正常
        var seeds = Task("坛山街道", "“石榴籽工程”民族团结进社区", "民族团结主题活动", 40);
        rows.Milestone(seeds, "上半年活动", early, early);
        rows.Milestone(seeds, "全年总结", late);
        Up(seeds, 60, OnPace(40) / 2, "金山社区、青檀社区开展民族团结主题活动");
        Up(seeds, 8, OnPace(40), "榴花社区开展“石榴籽”进家庭活动");
        var forum = Task("吴林街道", "商会会员座谈会", "召开座谈会", 40, "人次");
        Up(forum, 50, OnPace(40) / 2, "召开第二、三季度商会会员座谈会");
        Up(forum, 12, OnPace(40), "召开第四季度商会会员座谈会，征集意见 12 条");
        rows.Event(forum, WarningLevel.Yellow, Ago(35), "超过 30 天无佐证进展", "town2");
        var training = Task("底阁镇", "统战干事业务培训", "参训人次", 40, "人次");
        rows.Milestone(training, "集中培训", Ago(33), Ago(34));
        Up(training, 20, OnPace(40), "完成统战干事、村居“双员”集中培训");
        rows.Event(training, WarningLevel.Blue, Ago(40), "节点“集中培训”7 天内到期", "town5");
        var brand = Task("榴园镇", "“统战风采——榴园风景线”品牌巩固提升", "品牌宣传活动", 40);
        Up(brand, 15, OnPace(40), "石榴园景区开展统战风采展示");
        var digital = Task("", "“数字统战”平台数据更新", "更新人员信息", 60, "人");
        Up(digital, 9, OnPace(60), "完成代表人士信息年度更新");
        var park = Task("经济开发区", "非公企业“政商亲清”走访", "走访企业", 40, "家");
        Up(park, 11, OnPace(40), "走访园区民营企业，收集诉求 9 条");

        // 蓝: a milestone due within 7 days
        var salon = Task("吴林街道", "“同心·城市文化会客厅”主题活动", "主题活动", 40);
        rows.Milestone(salon, "第四季度观摩活动", today.AddDays(3));
        Up(salon, 6, OnPace(40), "筹备第四季度观摩活动，完成场地布置");
        var show = Task("榴园镇", "“一镇一品”品牌成果展示", "展示活动", 30);
        rows.Milestone(show, "成果展板制作", today.AddDays(6));
        Up(show, 5, OnPace(30), "完成成果材料收集");

        // 黄: behind pace with fresh evidence; stalled with only an update without evidence since
        var sites = Task("古邵镇", "宗教活动场所“五化五有”达标", "达标场所", 10, "处");
        Up(sites, 5, Behind(10), "八里屯村活动场所完成消防设施配备");
        var newClass = Task("阴平镇", "新的社会阶层人士“凝聚新力量”主题活动", "参加人次", 40, "人次");
        Up(newClass, 45, OnPace(40), "组织新阶层人士参观学习");
        Up(newClass, 10, OnPace(40) + 1, "口头汇报：又组织了一次座谈（未附佐证）", evidence: false);

        // 红: a milestone overdue
        var gentry = Task("底阁镇", "乡贤统战“同心振兴”乡贤理事会组建", "组建乡贤理事会", 30, "个");
        rows.Milestone(gentry, "完成理事会章程审议", Ago(12));
        Up(gentry, 4, OnPace(30), "新安村、后湾村乡贤理事会完成组建");
        var unity = Task("峨山镇", "民族团结进步示范点创建", "示范点创建指标", 30);
        rows.Milestone(unity, "示范点申报材料报送", Ago(5));
        Up(unity, 3, OnPace(30), "完成示范点初选");

        // 通报: a milestone overdue for two months, moved once already, and nothing evidenced since
        var fire = Task("阴平镇", "宗教活动场所消防安全整治", "完成整治的场所", 8, "处");
        rows.Milestone(fire, "完成隐患排查整治", Ago(60), firstDue: Ago(90));
        Up(fire, 70, Behind(8), "完成隐患排查，整治 1 处");
        rows.Event(fire, WarningLevel.Yellow, Ago(75), "时间过半、任务未过半", "town4");
        rows.Event(fire, WarningLevel.Red, Ago(59), "节点“完成隐患排查整治”已逾期", null);
    }
}
