namespace Tongxin.Web.Tests.Plans;

/// <summary>The 八项工程 and 分线作战 pages show what the API holds (the demo's 2020 projects, the 2019 lines), with
/// their 导出 links carrying the page's filters; 新建 only for those who may write.</summary>
public abstract class ProjectsAndLinesPagesTests(TestApp app)
{
    private async Task<HttpClient> Browser(string user)
    {
        var client = app.CookieClient();
        ((int)(await client.SignInForm(user, app.DemoPassword(user))).StatusCode).ShouldBeInRange(300, 399);
        return client;
    }

    private static async Task<string> Page(HttpClient client, string url) =>
        WebUtility.HtmlDecode(await client.GetStringAsync(url));

    [Fact]
    [Trait("Req", "PLN-3")]
    public async Task The_projects_page_lists_a_years_projects_and_a_project_shows_its_team_and_tasks()
    {
        var staff = await app.Staff();
        var name = TestData.Unique("同心页面工程");
        var project = await (await staff.PostAsJsonAsync("/api/v1/plans/projects",
            new { year = 2032, name, field = "统战工作", leader = "李页面", documentNo = "峰统发〔2032〕1号" })).CreatedId();
        var member = TestData.Unique("张专班");
        (await staff.PostAsJsonAsync($"/api/v1/plans/projects/{project}/team",
            new { name = member, role = "组长", unit = "区委统战部" })).StatusCode.ShouldBe(HttpStatusCode.Created);

        var browser = await Browser("staff");
        var demo = await Page(browser, "/plans/projects?year=2020");
        demo.ShouldContain("云端服务“数字统战”");
        demo.ShouldContain("新建工程");
        demo.ShouldContain("/download/plans/projects.xlsx?year=2020");
        var list = await Page(browser, $"/plans/projects?year=2032&q={Uri.EscapeDataString(name)}");
        list.ShouldContain(name);
        list.ShouldContain("李页面");
        list.ShouldContain(member);
        list.ShouldContain($"/plans/projects/{project}");
        list.ShouldContain($"/download/plans/projects.xlsx?year=2032&q={Uri.EscapeDataString(name)}");
        var page = await Page(browser, $"/plans/projects/{project}");
        page.ShouldContain(name);
        page.ShouldContain("工作专班");
        page.ShouldContain(member);
        page.ShouldContain("峰统发〔2032〕1号");
        page.ShouldContain($"/plans/tasks/new?project={project}");
        (await browser.GetAsync($"/download/plans/projects.xlsx?year=2032&q={Uri.EscapeDataString(name)}"))
            .StatusCode.ShouldBe(HttpStatusCode.OK);
        (await browser.GetAsync($"/plans/projects/{Guid.NewGuid()}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        var town = await Browser("town1");
        var seen = await Page(town, "/plans/projects?year=2020");
        seen.ShouldContain("云端服务“数字统战”");
        seen.ShouldNotContain("新建工程");
    }

    [Fact]
    [Trait("Req", "PLN-4")]
    public async Task The_work_lines_page_shows_a_years_lines_with_leader_units_document_and_tasks()
    {
        var browser = await Browser("staff");
        var lines = await Page(browser, "/plans/lines?year=2019");
        foreach (var line in new[] { "党的建设", "双基双员", "民族宗教", "统战品牌", "文明创建", "目标考核" })
            lines.ShouldContain(line);
        lines.ShouldContain("峰统发〔2019〕5号");
        lines.ShouldContain("开展“创新提升落实年”主题党日");
        lines.ShouldContain("/plans/tasks/");
        lines.ShouldContain("新建分线");
        lines.ShouldContain("/plans/tasks/new?line=");
        lines.ShouldContain("/download/plans/lines.xlsx?year=2019");
        (await Page(browser, "/plans/lines?year=2019&q=党的建设"))
            .ShouldContain($"/download/plans/lines.xlsx?year=2019&q={Uri.EscapeDataString("党的建设")}");
        (await browser.GetAsync("/download/plans/lines.xlsx?year=2019")).StatusCode.ShouldBe(HttpStatusCode.OK);

        var town = await Browser("town1");
        var seen = await Page(town, "/plans/lines?year=2019");
        seen.ShouldContain("党的建设");
        seen.ShouldNotContain("新建分线");
        seen.ShouldNotContain("/plans/tasks/new");
    }
}

public sealed class ProjectsAndLinesPagesTestsSqlite(SqliteApp app) : ProjectsAndLinesPagesTests(app);
public sealed class ProjectsAndLinesPagesTestsPostgres(PostgresApp app) : ProjectsAndLinesPagesTests(app);
