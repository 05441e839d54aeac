using Tongxin.Domain.Time;
using static Tongxin.Web.Tests.Infrastructure.TestData;

namespace Tongxin.Web.Tests.Plans;

/// <summary>规划目标 pages (PLN-1): the list with search and its 导出 link, a plan's goal tree with each goal's tasks
/// and colour, the task page's 编辑 and 节点 forms; a town officer reads the county plan but is offered no writing.
/// </summary>
public abstract class PlanPagesTests(TestApp app)
{
    private static readonly int Year = ChinaTime.Today(TimeProvider.System).Year;

    [Fact]
    [Trait("Req", "PLN-1")]
    [Trait("Req", "PLN-2")]
    public async Task The_plan_pages_show_the_list_the_goal_tree_and_its_tasks()
    {
        var staff = await app.SignInAs("staff");
        var title = Unique("统战图谱");
        var plan = await (await staff.PostAsJsonAsync("/api/v1/plans", new
        {
            title, startYear = Year - 1, endYear = Year + 1, documentNo = "峰发〔2018〕31号",
        })).CreatedId();
        var longTerm = await (await staff.PostAsJsonAsync("/api/v1/plans/goals",
            new { planId = plan, level = "LongTerm", title = Unique("远期目标") })).CreatedId();
        var annualTitle = Unique("年度目标");
        var annual = await (await staff.PostAsJsonAsync("/api/v1/plans/goals",
            new { planId = plan, level = "Annual", year = Year, parentId = longTerm, title = annualTitle }))
            .CreatedId();
        var node = await staff.Node("坛山街道");
        var taskTitle = Unique("统战之家");
        var task = await (await staff.PostAsJsonAsync("/api/v1/plans/tasks",
            PlansTests.Task(node, taskTitle, goal: annual))).CreatedId();

        var browser = app.CookieClient();
        ((int)(await browser.SignInForm("staff", app.DemoPassword("staff"))).StatusCode).ShouldBeInRange(300, 399);
        var list = await browser.GetStringAsync($"/plans?q={Uri.EscapeDataString(title)}");
        list.ShouldContain(title);
        list.ShouldContain($"/plans/{plan}");
        list.ShouldContain($"/download/plans.xlsx?q={Uri.EscapeDataString(title)}");
        list.ShouldContain("新建规划");
        (await browser.GetStringAsync("/plans")).ShouldContain("统战图谱、三年攻坚");
        var tree = await browser.GetStringAsync($"/plans/{plan}");
        tree.ShouldContain(annualTitle);
        tree.ShouldContain($"data-goal=\"{annual}\"");
        tree.ShouldContain(taskTitle);
        tree.ShouldContain($"/plans/tasks/new?plan={plan}&amp;goal={annual}");
        tree.ShouldContain("添加目标");
        var page = await browser.GetStringAsync($"/plans/tasks/{task}");
        page.ShouldContain($"/plans/tasks/{task}/edit");
        page.ShouldContain("添加节点");
        (await browser.GetStringAsync($"/plans/tasks/{task}/edit")).ShouldContain(taskTitle);
        (await browser.GetStringAsync($"/plans/{plan}/edit")).ShouldContain(title);
        var missing = await browser.GetAsync($"/plans/{Guid.NewGuid()}");
        missing.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await missing.Content.ReadAsStringAsync()).ShouldContain("规划不存在");
        // 三张清单 opens on a current plan of the reader's own node or above, not on a town's plan below.
        Heading(await browser.GetStringAsync("/plans/lists")).ShouldNotContain("吴林街道");

        var town = app.CookieClient();
        ((int)(await town.SignInForm("town1", app.DemoPassword("town1"))).StatusCode).ShouldBeInRange(300, 399);
        var read = await town.GetStringAsync($"/plans/{plan}");
        read.ShouldContain(annualTitle);
        read.ShouldContain(taskTitle);
        read.ShouldNotContain("添加目标");
        read.ShouldNotContain("/edit");
        (await town.GetStringAsync("/plans")).ShouldNotContain("新建规划");
        (await town.GetStringAsync($"/plans/tasks/{task}")).ShouldNotContain("添加节点");
        Heading(await town.GetStringAsync("/plans/lists")).ShouldNotContain("吴林街道");
    }

    private static string Heading(string html)
    {
        var at = html.IndexOf("id=\"list-duties\"", StringComparison.Ordinal);
        at.ShouldBeGreaterThan(0);
        return html[at..html.IndexOf("</h2>", at, StringComparison.Ordinal)];
    }
}

public sealed class PlanPagesTestsSqlite(SqliteApp app) : PlanPagesTests(app);
public sealed class PlanPagesTestsPostgres(PostgresApp app) : PlanPagesTests(app);
