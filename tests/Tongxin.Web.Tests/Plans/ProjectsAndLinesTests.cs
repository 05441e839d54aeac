using Microsoft.EntityFrameworkCore;
using Tongxin.Domain.Time;

namespace Tongxin.Web.Tests.Plans;

/// <summary>工程 (PLN-3) with a fixed team and their tasks' progress; 分线作战 lines (PLN-4) with leader, units and
/// tasks; both lists export; a town reads them and only its own tasks.</summary>
public abstract class ProjectsAndLinesTests(TestApp app)
{
    private static readonly DateOnly Today = ChinaTime.Today(TimeProvider.System);

    private Task<Guid> NodeAsync(string path) =>
        app.WithDb("/", db => db.Regions.Where(r => r.NodePath == path).Select(r => r.Id).SingleAsync());

    [Fact]
    [Trait("Req", "PLN-3")]
    public async Task A_project_has_a_fixed_team_and_its_tasks_progress()
    {
        var staff = await app.Staff();
        var name = TestData.Unique("同心工程");
        var project = await (await staff.PostAsJsonAsync("/api/v1/plans/projects",
            new { year = 2030, name, field = "统战工作", leader = "李华" })).CreatedId();
        var lead = await (await staff.PostAsJsonAsync($"/api/v1/plans/projects/{project}/team",
            new { name = "张三", role = "组长", unit = "区委统战部" })).CreatedId();
        var gone = await (await staff.PostAsJsonAsync($"/api/v1/plans/projects/{project}/team",
            new { name = "赵四", role = "成员", unit = "文化站" })).CreatedId();
        (await (await staff.PostAsJsonAsync($"/api/v1/plans/projects/{project}/team",
            new { name = "钱五", role = "队长" })).Errors("Role"))[0].ShouldContain("请选择");
        (await staff.DeleteAsync($"/api/v1/plans/projects/{project}/team/{gone}")).StatusCode
            .ShouldBe(HttpStatusCode.NoContent);
        (await staff.PostAsJsonAsync("/api/v1/plans/tasks", PlansTests.Task(await NodeAsync(TestApp.TownA),
            TestData.Unique("工程任务"), project: project))).StatusCode.ShouldBe(HttpStatusCode.Created);

        var row = (await staff.GetJson($"/api/v1/plans/projects?year=2030&q={Uri.EscapeDataString(name)}"))
            .Items().Single();
        row.GetProperty("leader").GetString().ShouldBe("李华");
        row.GetProperty("team").EnumerateArray().Select(m => m.GetProperty("id").GetGuid()).ShouldBe([lead]);
        (row.GetProperty("tasksDone").GetInt32(), row.GetProperty("tasksTotal").GetInt32()).ShouldBe((0, 1));
        row.GetProperty("colours").EnumerateArray().Sum(c => c.GetProperty("count").GetInt32()).ShouldBe(1);
        var view = await staff.GetJson($"/api/v1/plans/projects/{project}");
        view.GetProperty("tasks").GetArrayLength().ShouldBe(1);

        var export = await staff.GetAsync($"/api/v1/plans/projects/export?year=2030&q={Uri.EscapeDataString(name)}");
        export.StatusCode.ShouldBe(HttpStatusCode.OK);
        var town = await app.SignInAs(BuiltInRole.TownOfficer, "/37/3704/370404/370404002/");
        (await town.GetJson($"/api/v1/plans/projects/{project}")).GetProperty("tasks").GetArrayLength().ShouldBe(0,
            "another town's task is not shown");
        (await town.PostAsJsonAsync($"/api/v1/plans/projects/{project}/team", new { name = "孙六", role = "成员" }))
            .StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    [Trait("Req", "PLN-4")]
    public async Task Work_lines_of_a_year_with_leader_units_and_tasks()
    {
        var staff = await app.Staff();
        var name = TestData.Unique("民族宗教");
        var line = await (await staff.PostAsJsonAsync("/api/v1/plans/lines", new
        {
            year = 2031, name, leader = "王副部长", units = "民宗局，文化站", documentNo = "峰统发〔2019〕5号",
        })).CreatedId();
        (await (await staff.PostAsJsonAsync("/api/v1/plans/lines", new { year = 2031, name = "无领导" }))
            .Errors("Leader"))[0].ShouldContain("分管领导");
        (await staff.PutAsJsonAsync($"/api/v1/plans/lines/{line}", new
        {
            year = 2031, name, leader = "王部长", units = "民宗局、文化站", documentNo = "峰统发〔2019〕5号", version = 0,
        })).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await staff.PostAsJsonAsync("/api/v1/plans/tasks", PlansTests.Task(await NodeAsync(TestApp.TownA),
            TestData.Unique("分线任务"), line: line))).StatusCode.ShouldBe(HttpStatusCode.Created);
        var row = (await staff.GetJson($"/api/v1/plans/lines?year=2031&q={Uri.EscapeDataString(name)}"))
            .Items().Single();
        (row.GetProperty("leader").GetString(), row.GetProperty("units").GetString()).ShouldBe(("王部长", "民宗局、文化站"));
        row.GetProperty("tasks").GetArrayLength().ShouldBe(1);
        (await staff.GetAsync("/api/v1/plans/lines/export?year=2031")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await staff.GetAsync("/api/v1/plans/export")).StatusCode.ShouldBe(HttpStatusCode.OK);
        var town = await app.SignInAs(BuiltInRole.TownOfficer, TestApp.TownA);
        (await town.GetJson($"/api/v1/plans/lines?year=2031&q={Uri.EscapeDataString(name)}")).Items().Single()
            .GetProperty("tasks").GetArrayLength().ShouldBe(1);
    }
}

public sealed class ProjectsAndLinesTestsSqlite(SqliteApp app) : ProjectsAndLinesTests(app);
public sealed class ProjectsAndLinesTestsPostgres(PostgresApp app) : ProjectsAndLinesTests(app);
