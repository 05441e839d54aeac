namespace Tongxin.Data.Seed;

/// <summary>
/// PLN-3, PLN-4: the 八项工程 of 2020 with their fixed teams, the six 2019 work lines (峰统发〔2019〕5号), the 2020
/// lines of the eight projects (峰统发〔2020〕4号), and a town project and line of 吴林街道 for this year. Team
/// members, units and tasks are made up.
/// </summary>
public static partial class FengchengDemo
{
    private static readonly (string Name, string Field, string Leader, string Units, string Member)[] EightProjects =
    [
        ("统战工作“双基双员”", "统战工作", Deputy, "组织联络室、各镇（街道）统战办公室", "孙丽（演示）"),
        ("宗教事务“五化五有”", "宗教事务", ReligionHead, "民族宗教室、区民族宗教事务局", "周强（演示）"),
        ("民族团结“石榴籽”", "民族工作", Deputy2, "民族宗教室、坛山街道统战办公室", "吴敏（演示）"),
        ("非公领域“政商亲清”", "非公有制经济", Deputy, "经济联络室、区工商联", "郑浩（演示）"),
        ("党外知识分子和新的社会阶层人士“三合同心荟”", "党外知识分子和新的社会阶层人士", Deputy3,
            "调研室、区知联会、区新阶联", "王芳（演示）"),
        ("侨务工作“侨企合力”", "侨务工作", Deputy3, "台港澳侨室、区侨联", "冯磊（演示）"),
        ("乡贤统战“同心振兴”", "乡贤统战", Deputy2, "组织联络室、各镇（街道）乡贤联谊组织", "陈静（演示）"),
        ("云端服务“数字统战”", "数字统战", Minister, "办公室、区统战事务服务中心", "褚明（演示）"),
    ];

    private static readonly (string Name, string Leader, string Units, string Task, string Metric, int Target)[]
        Lines2019 =
        [
            ("党的建设", Minister, "办公室、机关党支部", "开展“创新提升落实年”主题党日", "主题党日", 12),
            ("双基双员", Deputy, "组织联络室、各镇（街道）统战办公室", "双基双员示范村居创建", "示范村居", 15),
            ("民族宗教", ReligionHead, "民族宗教室、区民族宗教事务局", "宗教活动场所规范化管理", "规范化场所", 12),
            ("统战品牌", Deputy2, "调研室、各镇（街道）统战办公室", "推选“双基双员”品牌项目", "品牌项目", 6),
            ("文明创建", Deputy3, "办公室、区统战事务服务中心", "统战系统文明单位创建", "创建任务", 4),
            ("目标考核", Deputy, "组织联络室、调研室", "镇（街道）统战工作“双基双员”考核", "考核镇（街道）", 7),
        ];

    private static void SeedProjectsAndLines(TongxinDb db, PlanRows rows, Region county, Func<string, Region> town,
        DateOnly today)
    {
        var (from, to) = (new DateOnly(2020, 1, 1), new DateOnly(2020, 12, 31));
        string[] projectTowns = ["坛山街道", "古邵镇", "坛山街道", "吴林街道", "吴林街道", "阴平镇", "底阁镇", "榴园镇"];
        foreach (var (p, i) in EightProjects.Select((p, i) => (p, i)))
        {
            var project = new Project
            {
                Year = 2020, Name = p.Name, Field = p.Field, Leader = p.Leader, DocumentNo = "峰统发〔2020〕4号",
                Summary = "一个工程、一班人马、一抓到底（团队和任务为演示数据）", SortOrder = i + 1,
                NodeId = county.Id, NodePath = county.NodePath,
            };
            var line = new WorkLine
            {
                Year = 2020, Name = p.Name, Leader = p.Leader, Units = p.Units, DocumentNo = "峰统发〔2020〕4号",
                SortOrder = i + 1, NodeId = county.Id, NodePath = county.NodePath,
            };
            db.Set<Project>().Add(project);
            db.Set<WorkLine>().Add(line);
            var unit = p.Units.Split('、')[0];
            (string Name, string Role, string Unit)[] team =
            [
                (p.Leader, "组长", "区委统战部"), (Minister == p.Leader ? Deputy : Minister, "副组长", "区委统战部"),
                (p.Member, "成员", unit), (TownLeads[projectTowns[i]], "成员", $"{projectTowns[i]}党（工）委"),
                ($"{"尤秦许何吕韩沈蒋"[i]}{"文静晓东建华志明"[i]}（演示）", "联络员", unit),
            ];
            db.Set<ProjectTeamMember>().AddRange(team.Select((m, k) => new ProjectTeamMember
            {
                ProjectId = project.Id, Name = m.Name, Role = m.Role, Unit = m.Unit, SortOrder = k + 1,
                NodeId = county.Id, NodePath = county.NodePath,
            }));
            rows.Finished(rows.Add(county, $"制定{p.Name}工程实施方案", "区委统战部" + unit, p.Member,
                "印发实施方案", 1, from, new DateOnly(2020, 6, 30), "件", project: project.Id, line: line.Id));
            var at = town(projectTowns[i]);
            rows.Finished(rows.Add(at, $"{p.Name}工程镇级示范点建设", $"{at.Name}统战办公室", TownLeads[at.Name],
                "建成示范点", 2, from, to, "处", project: project.Id, line: line.Id));
        }
        foreach (var (l, i) in Lines2019.Select((l, i) => (l, i)))
        {
            var line = new WorkLine
            {
                Year = 2019, Name = l.Name, Leader = l.Leader, Units = l.Units, DocumentNo = "峰统发〔2019〕5号",
                SortOrder = i + 1, NodeId = county.Id, NodePath = county.NodePath,
            };
            db.Set<WorkLine>().Add(line);
            rows.Finished(rows.Add(county, l.Task, "区委统战部" + l.Units.Split('、')[0], l.Leader, l.Metric,
                l.Target, new DateOnly(2019, 1, 1), new DateOnly(2019, 12, 31), line: line.Id));
        }
        TownProjectAndLine(db, rows, town("吴林街道"), today);
    }

    /// <summary>吴林街道's own plan, project and line this year: reference data of a town, not of the county.</summary>
    private static void TownProjectAndLine(TongxinDb db, PlanRows rows, Region wulin, DateOnly today)
    {
        var y = today.Year;
        var lead = TownLeads[wulin.Name];
        var plan = NewPlan(wulin, $"吴林街道“同心·城市文化会客厅”建设方案（{y - 1}—{y}年）", y - 1, y, null,
            "（演示数据）街道自定方案：打造“同心·城市文化会客厅”统战品牌");
        var goal = NewGoal(plan, GoalLevel.Annual, y, "会客厅常态化运行", "每月至少开展 1 次主题活动");
        var project = new Project
        {
            Year = y, Name = "商会服务提升工程", Field = "非公有制经济", Leader = lead,
            Summary = "（演示数据）街道自定工程", NodeId = wulin.Id, NodePath = wulin.NodePath,
        };
        var line = new WorkLine
        {
            Year = y, Name = "商会建设", Leader = lead, Units = "吴林街道统战办公室、吴林街道商会",
            NodeId = wulin.Id, NodePath = wulin.NodePath,
        };
        db.Set<Plan>().Add(plan);
        db.Set<Goal>().Add(goal);
        db.Set<Project>().Add(project);
        db.Set<WorkLine>().Add(line);
        db.Set<ProjectTeamMember>().AddRange(
            new ProjectTeamMember
            {
                ProjectId = project.Id, Name = lead, Role = "组长", Unit = "吴林街道党工委", SortOrder = 1,
                NodeId = wulin.Id, NodePath = wulin.NodePath,
            },
            new ProjectTeamMember
            {
                ProjectId = project.Id, Name = "曹庆华（演示）", Role = "成员", Unit = "吴林街道商会", SortOrder = 2,
                NodeId = wulin.Id, NodePath = wulin.NodePath,
            });
        var (from, to) = (new DateOnly(y, 1, 1), new DateOnly(y, 12, 31));
        var monthly = rows.Add(wulin, "会客厅月度主题活动", "吴林街道统战办公室", lead, "主题活动", 12, from, to,
            "场", plan.Id, goal.Id, project.Id, line.Id);
        var done = today.Month;
        rows.Milestone(monthly, "上半年活动总结", new DateOnly(y, 6, 30), today.Month > 6 ? new DateOnly(y, 6, 28)
            : null);
        rows.Update(monthly, today.AddDays(-Math.Min(7, today.DayOfYear - 1)), done,
            $"（演示）已开展主题活动 {done} 场");
    }
}
