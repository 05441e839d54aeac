using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;
using Tongxin.Data.Entities;
using Tongxin.Domain.Time;

namespace Tongxin.Web.Tests.Plans;

/// <summary>
/// 规划 (PLN-1, PLN-2): a county plan with goals on three levels, tasks owned by towns, milestones, the 三张清单 and
/// their workbook; bad input is refused in Chinese and writes nothing; a town reads the plan and only its own tasks.
/// </summary>
public abstract class PlansTests(TestApp app)
{
    private const string TownA = TestApp.TownA;
    private const string TownB = "/37/3704/370404/370404002/";
    private static readonly DateOnly Today = ChinaTime.Today(TimeProvider.System);
    private static readonly int Year = Today.Year;

    private Task<Guid> NodeAsync(string path) =>
        app.WithDb("/", db => db.Regions.Where(r => r.NodePath == path).Select(r => r.Id).SingleAsync());

    private static async Task<Guid> PlanAsync(HttpClient c, string? title = null) =>
        await (await c.PostAsJsonAsync("/api/v1/plans", new
        {
            title = title ?? TestData.Unique("统战图谱、三年攻坚"), startYear = Year - 1, endYear = Year + 1,
            documentNo = "峰发〔2018〕31号",
        })).CreatedId();

    private static async Task<Guid> GoalAsync(HttpClient c, Guid plan, string level, int? year = null,
        Guid? parent = null, string? title = null) =>
        await (await c.PostAsJsonAsync("/api/v1/plans/goals", new
        {
            planId = plan, level, year, parentId = parent, title = title ?? TestData.Unique("目标"),
        })).CreatedId();

    internal static object Task(Guid node, string title, Guid? goal = null, Guid? project = null, Guid? line = null,
        int target = 4, DateOnly? starts = null, DateOnly? ends = null) => new
        {
            title, nodeId = node, ownerUnit = "文化站", lead = "王明", metric = "建成统战之家", metricUnit = "个",
            target, startsOn = starts ?? Today.AddDays(-30), endsOn = ends ?? Today.AddDays(60), goalId = goal,
            projectId = project, workLineId = line, duty = "统战之家建设", evaluation = "现场查验，每缺一个扣 1 分",
        };

    [Fact]
    [Trait("Req", "PLN-1")]
    public async Task A_plan_has_goals_as_a_tree_and_tasks_with_milestones()
    {
        var staff = await app.Staff();
        var plan = await PlanAsync(staff);
        var longTerm = await GoalAsync(staff, plan, "LongTerm", title: "远期：统战工作全面提升");
        var stage = await GoalAsync(staff, plan, "Stage", Year + 1, longTerm, "阶段：三年决战");
        var annual = await GoalAsync(staff, plan, "Annual", Year, stage, "年度：统战之家全覆盖");
        var title = TestData.Unique("统战之家建设");
        var task = await (await staff.PostAsJsonAsync("/api/v1/plans/tasks",
            Task(await NodeAsync(TownA), title, annual))).CreatedId();
        (await staff.PostAsJsonAsync($"/api/v1/plans/tasks/{task}/milestones",
            new { title = "完成选址", dueOn = Today.AddDays(10) })).StatusCode.ShouldBe(HttpStatusCode.Created);

        var view = await staff.GetJson($"/api/v1/plans/{plan}");
        var goals = view.GetProperty("goals").EnumerateArray().ToList();
        goals.Select(g => g.GetProperty("levelName").GetString()).ShouldBe(["远期", "阶段", "年度"]);
        goals.Select(g => g.GetProperty("depth").GetInt32()).ShouldBe([0, 1, 2]);
        var row = goals[2].GetProperty("tasks").EnumerateArray().Single();
        row.GetProperty("title").GetString().ShouldBe(title);
        (row.GetProperty("done").GetInt32(), row.GetProperty("target").GetInt32()).ShouldBe((0, 4));
        row.GetProperty("warningName").GetString().ShouldNotBeNullOrEmpty();

        var detail = await staff.GetJson($"/api/v1/plans/tasks/{task}");
        detail.GetProperty("nodeId").GetGuid().ShouldBe(await NodeAsync(TownA));
        var milestone = detail.GetProperty("milestones").EnumerateArray().Single();
        milestone.GetProperty("title").GetString().ShouldBe("完成选址");
        var mid = milestone.GetProperty("id").GetGuid();
        var version = milestone.GetProperty("version").GetInt64();
        // PLN-7: done only on evidence; without an evidenced update in its stretch it is refused and stays open.
        (await (await staff.PutAsJsonAsync($"/api/v1/plans/tasks/{task}/milestones/{mid}",
            new { title = "完成选址", dueOn = Today.AddDays(20), doneOn = Today, version })).Errors("DoneOn"))
            .Single().ShouldContain("须有佐证");
        (await staff.GetJson($"/api/v1/plans/tasks/{task}")).GetProperty("milestones")[0].GetProperty("doneOn")
            .ValueKind.ShouldBe(JsonValueKind.Null);
        var update = await (await staff.PostAsJsonAsync("/api/v1/plans/progress",
            new { taskId = task, date = Today, done = 1, text = "选址完成，已现场确认" })).CreatedId();
        using (var form = new MultipartFormDataContent())
        {
            var file = new ByteArrayContent(TestFiles.Png());
            file.Headers.ContentType = new MediaTypeHeaderValue("image/png");
            form.Add(file, "file", "选址.png");
            (await staff.PostAsync($"/api/v1/plans/progress/{update}/files", form)).StatusCode
                .ShouldBe(HttpStatusCode.Created);
        }
        (await staff.PutAsJsonAsync($"/api/v1/plans/tasks/{task}/milestones/{mid}",
            new { title = "完成选址", dueOn = Today.AddDays(20), doneOn = Today, version })).StatusCode
            .ShouldBe(HttpStatusCode.OK);
        (await staff.PutAsJsonAsync($"/api/v1/plans/tasks/{task}/milestones/{mid}",
            new { title = "完成选址（重复）", dueOn = Today.AddDays(20), doneOn = Today, version })).StatusCode
            .ShouldBe(HttpStatusCode.Conflict, "a stale version is refused");
        var done = (await staff.GetJson($"/api/v1/plans/tasks/{task}")).GetProperty("milestones")[0];
        done.GetProperty("doneOn").GetString().ShouldBe(Today.ToString("yyyy-MM-dd"));
        done.GetProperty("firstDueOn").GetString().ShouldBe(Today.AddDays(10).ToString("yyyy-MM-dd"),
            "moving keeps the first date");
        (await app.WithDb("/", db => db.Set<WorkTask>().SingleAsync(t => t.Id == task))).NodePath.ShouldBe(TownA);
    }

    [Fact]
    [Trait("Req", "PLN-1")]
    public async Task Bad_input_is_refused_in_Chinese_and_writes_nothing()
    {
        var staff = await app.Staff();
        (await (await staff.PostAsJsonAsync("/api/v1/plans", new { title = "倒置", startYear = 2020, endYear = 2018 }))
            .Errors("EndYear"))[0].ShouldContain("不能早于");
        (await (await staff.PostAsJsonAsync("/api/v1/plans", new { title = "太长", startYear = 2018, endYear = 2030 }))
            .Errors("EndYear"))[0].ShouldContain("10 年");
        var plan = await PlanAsync(staff);
        (await (await staff.PostAsJsonAsync("/api/v1/plans/goals",
            new { planId = plan, level = "Annual", year = Year + 5, title = "越界" })).Errors("Year"))[0]
            .ShouldContain("规划年份");
        var goal = await GoalAsync(staff, plan, "Annual", Year);
        var node = await NodeAsync(TownA);
        var title = TestData.Unique("错误任务");
        (await (await staff.PostAsJsonAsync("/api/v1/plans/tasks", Task(node, title, goal, target: 0)))
            .Errors("Target"))[0].ShouldBe("目标值应大于 0");
        (await (await staff.PostAsJsonAsync("/api/v1/plans/tasks",
            Task(node, title, goal, starts: Today, ends: Today.AddDays(-1)))).Errors("EndsOn"))[0]
            .ShouldContain("不能早于");
        var task = await (await staff.PostAsJsonAsync("/api/v1/plans/tasks", Task(node, title, goal))).CreatedId();
        var outside = await staff.PostAsJsonAsync($"/api/v1/plans/tasks/{task}/milestones",
            new { title = "越界节点", dueOn = Today.AddDays(200) });
        (await outside.Errors("DueOn"))[0].ShouldContain("任务期限");
        (await app.WithDb("/", db => db.Set<WorkTask>().CountAsync(t => t.Title == title))).ShouldBe(1);
        (await app.WithDb("/", db => db.Set<Milestone>().CountAsync(m => m.TaskId == task))).ShouldBe(0);

        var town = await app.SignInAs(BuiltInRole.TownOfficer, TownA);
        (await town.PostAsJsonAsync("/api/v1/plans", new { title = "镇规划", startYear = 2020, endYear = 2021 }))
            .StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await town.PostAsJsonAsync("/api/v1/plans/tasks", Task(node, title, goal))).StatusCode
            .ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    [Trait("Req", "PLN-1")]
    public async Task A_town_reads_the_county_plan_and_only_its_own_tasks()
    {
        var staff = await app.Staff();
        var plan = await PlanAsync(staff);
        var goal = await GoalAsync(staff, plan, "Annual", Year, title: "年度：全覆盖");
        var mine = await (await staff.PostAsJsonAsync("/api/v1/plans/tasks",
            Task(await NodeAsync(TownA), TestData.Unique("本镇任务"), goal))).CreatedId();
        var theirs = await (await staff.PostAsJsonAsync("/api/v1/plans/tasks",
            Task(await NodeAsync(TownB), TestData.Unique("他镇任务"), goal))).CreatedId();

        var town = await app.SignInAs(BuiltInRole.TownOfficer, TownA);
        var view = await town.GetJson($"/api/v1/plans/{plan}");
        view.GetProperty("writable").GetBoolean().ShouldBeFalse();
        var g = view.GetProperty("goals").EnumerateArray().Single();
        g.GetProperty("title").GetString().ShouldBe("年度：全覆盖", "a county plan's goals are reference data");
        g.GetProperty("tasks").EnumerateArray().Select(t => t.GetProperty("id").GetGuid()).ShouldBe([mine]);
        (await town.GetAsync($"/api/v1/plans/tasks/{mine}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await town.GetAsync($"/api/v1/plans/tasks/{theirs}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await town.GetJson("/api/v1/plans?q=" + Uri.EscapeDataString(view.GetProperty("title").GetString()!)))
            .Items().Single().GetProperty("tasks").GetInt32().ShouldBe(1);
    }

    [Fact]
    [Trait("Req", "PLN-2")]
    public async Task The_three_lists_show_and_export_as_one_workbook_of_three_sheets()
    {
        var staff = await app.Staff();
        var plan = await PlanAsync(staff);
        var goal = await GoalAsync(staff, plan, "Annual", Year);
        var title = TestData.Unique("统战之家规范化建设");
        await (await staff.PostAsJsonAsync("/api/v1/plans/tasks",
            Task(await NodeAsync(TownA), title, goal, ends: new DateOnly(Year, 12, 31)))).CreatedId();

        var lists = await staff.GetJson($"/api/v1/plans/{plan}/lists?year={Year}");
        lists.GetProperty("year").GetInt32().ShouldBe(Year);
        var duty = lists.GetProperty("duties").EnumerateArray().Single();
        duty.GetProperty("ownerUnit").GetString().ShouldBe("文化站");
        duty.GetProperty("duties")[0].GetProperty("duty").GetString().ShouldBe("统战之家建设");
        var metric = lists.GetProperty("metrics").EnumerateArray().Single();
        (metric.GetProperty("metric").GetString(), metric.GetProperty("target").GetInt32()).ShouldBe(("建成统战之家", 4));
        lists.GetProperty("evaluations")[0].GetProperty("evaluation").GetString()!.ShouldContain("现场查验");

        var response = await staff.GetAsync($"/api/v1/plans/{plan}/export?year={Year}");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe(
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        using var xlsx = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        MiniExcel.GetSheetNames(xlsx).ShouldBe(["职责定位", "任务指标", "考核评价"]);
        var sheets = new[] { "职责定位", "任务指标", "考核评价" }.Select(s => MiniExcel.Query(xlsx, sheetName: s,
            useHeaderRow: false).Cast<IDictionary<string, object>>().Select(r => r.Values.Select(v => v?.ToString())
            .ToList()).ToList()).ToList();
        sheets[0][3].Take(4).ShouldBe(["责任单位", "职责定位", "任务", "牵头人"]);
        sheets[0][4].Take(4).ShouldBe(["文化站", "统战之家建设", title, "王明"]);
        sheets[1][3][0].ShouldBe("任务");
        sheets[1][4].Take(5).ShouldBe([title, "文化站", "建成统战之家", "个", "4"]);
        sheets[2][3].Take(3).ShouldBe(["任务", "责任单位", "考核评价"]);
        sheets[2][4][2].ShouldBe("现场查验，每缺一个扣 1 分");
        sheets.ForEach(s => s[1][0]!.ShouldContain($"年度：{Year}"));
    }

    [Fact]
    [Trait("Req", "PLN-1")]
    [Trait("Req", "PLN-7")]
    public async Task Evidence_files_download_through_their_row_in_scope()
    {
        var staff = await app.Staff();
        var goal = await GoalAsync(staff, await PlanAsync(staff), "Annual", Year);
        var task = await (await staff.PostAsJsonAsync("/api/v1/plans/tasks",
            Task(await NodeAsync(TownA), TestData.Unique("有佐证"), goal))).CreatedId();
        var town = await app.SignInAs(BuiltInRole.TownOfficer, TownA);
        var update = await (await town.PostAsJsonAsync("/api/v1/plans/progress",
            new { taskId = task, date = Today, done = 1, text = "挂牌" })).Read<JsonElement>(HttpStatusCode.Created);
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(TestFiles.Png());
        file.Headers.ContentType = new MediaTypeHeaderValue("image/png");
        form.Add(file, "file", "现场.png");
        (await town.PostAsync($"/api/v1/plans/progress/{update.GetProperty("id").GetGuid()}/files", form))
            .StatusCode.ShouldBe(HttpStatusCode.Created);

        var detail = await staff.GetJson($"/api/v1/plans/tasks/{task}");
        var u = detail.GetProperty("updates").EnumerateArray().Single();
        var fileId = u.GetProperty("files")[0].GetProperty("id").GetGuid();
        detail.GetProperty("history").GetArrayLength().ShouldBeGreaterThan(0);
        (await town.GetAsync($"/api/v1/plans/evidence/{fileId}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        var other = await app.SignInAs(BuiltInRole.TownOfficer, TownB);
        (await other.GetAsync($"/api/v1/plans/evidence/{fileId}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }
}

public sealed class PlansTestsSqlite(SqliteApp app) : PlansTests(app);
public sealed class PlansTestsPostgres(PostgresApp app) : PlansTests(app);
