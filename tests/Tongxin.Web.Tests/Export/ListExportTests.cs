using System.Text.RegularExpressions;
using MiniExcelLibs;
using Tongxin.Web.Tests.Infrastructure;

namespace Tongxin.Web.Tests.Export;

/// <summary>
/// UI.md, issue 15 item 7: every list exports. Each list's export is a real .xlsx with its Chinese title, the
/// 筛选条件 line naming the list's filter, as many rows as the list holds under that filter, and an audit row.
/// </summary>
public abstract class ListExportTests(TestApp app)
{
    private static readonly int Year = DateTime.UtcNow.Year; // the demo records activities in the current year

    public static TheoryData<string, string, string, string, string, string, string> Lists => new()
    {
        // who, page, list endpoint, their filter, the title row, what the filter line says, the audited object type
        { "staff", "/duties/activities", "/api/v1/activities", $"year={Year}", "活动记录", $"筛选条件：年度：{Year}",
            "Activity" },
        { "staff", "/org/bodies", "/api/v1/bodies", "type=Department", "机构与成员单位", "筛选条件：机构类型：部门",
            "Body" },
        { "staff", "/org/documents", "/api/v1/documents", "status=InForce", "文件", "筛选条件：状态：现行有效",
            "Document" },
        { "staff", "/people/pending", "/api/v1/pending-changes", "status=Pending", "待审变更",
            "筛选条件：状态：待审核", "PendingChange" },
        { "secadmin", "/system/roles", "/api/v1/roles", "", "角色权限", "筛选条件：全部", "AppRole" },
        { "sysadmin", "/system/users", "/api/v1/users", "q=town", "用户", "筛选条件：关键字：town", "User" },
        { "auditor", "/system/audit", "/api/v1/audit", "event=sign-in-failed&user=export-probe", "审计日志",
            "筛选条件：事件：登录失败，用户：export-probe", "AuditEntry" },
        { "staff", "/duties/rules", "/api/v1/duties/rules", "", "制度任务", "筛选条件：全部", "DutyRule" },
        { "staff", "/people/exports", "/api/v1/people/export-requests", "", "导出审批", "筛选条件：全部",
            "ExportRequest" },
        { "staff", "/org/posts", "/api/v1/posts", $"q={Uri.EscapeDataString("行政编制")}", "编制",
            "筛选条件：单位或编制类型：行政编制", "Post" },
        { "staff", "/people/arrangements", "/api/v1/arrangements", $"chamber={Uri.EscapeDataString("政协")}",
            "政治安排", "筛选条件：人大/政协：政协", "PoliticalArrangement" },
        { "staff", "/org/regions", "/api/v1/regions", $"q={Uri.EscapeDataString("坛山")}", "区划",
            "筛选条件：名称或代码：坛山", "Region" },
        { "staff", "/people/cadres", "/api/v1/cadres", $"rank={Uri.EscapeDataString("正科级")}", "党外干部",
            "筛选条件：职级：正科级", "NonPartyCadre" },
        { "staff", "/people/forces", "/api/v1/forces/towns", "", "镇街统战力量", "筛选条件：全部", "TownOfficer" },
        { "staff", "/people/forces", "/api/v1/forces/villages", "", "村居双员覆盖", "筛选条件：全部",
            "VillageLiaison" },
        { "staff", "/people/friendships", "/api/v1/friendships", "behind=true", "联谊交友", "筛选条件：今年联系：滞后",
            "Friendship" },
        { "staff", "/people/suggestions", "/api/v1/suggestions", "handling=Adopted", "建言献策",
            "筛选条件：办理情况：已采纳", "Suggestion" },
    };

    [Theory]
    [MemberData(nameof(Lists))]
    [Trait("Req", "SYS-1")]
    public async Task A_list_exports_what_it_shows_with_its_title_and_filter_in_Chinese(
        string user, string page, string list, string filter, string title, string filterLine, string objectType)
    {
        // Every sign-in first: the audit log's own export must not count the test's sign-ins.
        var reader = await app.SignInAs(user);
        var auditor = await app.SignInAs("auditor");
        var browser = app.CookieClient();
        ((int)(await browser.SignInForm(user, app.DemoPassword(user))).StatusCode).ShouldBeInRange(300, 399);
        if (list == "/api/v1/audit") // a row of the audit log that only this test writes
            await app.Anonymous().PostAsJsonAsync("/api/v1/auth/token",
                new Features.Account.SignIn.Request("export-probe", "not-the-password"));
        var exports = $"/api/v1/audit?event=export&user={user}&pageSize=100";
        var before = (await auditor.Get<Page<AuditRow>>(exports)).Items.Select(a => a.Seq).DefaultIfEmpty().Max();
        var total = await Total(reader, $"{list}?{filter}&pageSize=1");
        total.ShouldBeGreaterThan(0);
        var api = await reader.GetAsync($"{list}/export?{filter}");
        api.StatusCode.ShouldBe(HttpStatusCode.OK);
        var (count, timeLine) = Sheet(await api.Content.ReadAsByteArrayAsync(), title, filterLine);
        count.ShouldBe(total);
        api.Content.Headers.ContentDisposition!.FileNameStar.ShouldBe(Named(title, timeLine));

        // The page's 导出 button links to the cookie download with the page's filters, and gives the same sheet.
        var html = await browser.GetStringAsync($"{page}?{filter}");
        // A page with two tables has a button each, named after the list (/api/v1/forces/towns: forces-towns.xlsx).
        var links = Regex.Matches(html, "href=\"(/download/([^\"]+)\\.xlsx[^\"]*)\"[^>]*download");
        var link = links.FirstOrDefault(l => links.Count == 1
            || l.Groups[2].Value == list["/api/v1/".Length..].Replace('/', '-'));
        link.ShouldNotBeNull($"{page} has no 导出 button");
        var href = WebUtility.HtmlDecode(link.Groups[1].Value);
        href.ShouldContain(filter);
        var download = await browser.GetAsync(href);
        download.StatusCode.ShouldBe(HttpStatusCode.OK);
        Sheet(await download.Content.ReadAsByteArrayAsync(), title, filterLine).Rows.ShouldBe(total);

        (await auditor.Get<Page<AuditRow>>(exports)).Items
            .Count(a => a.Seq > before && a.ObjectType == objectType).ShouldBe(2);
    }

    /// <summary>How many rows a list holds: a page's total, or the length of a list that is not paged.</summary>
    private static async Task<int> Total(HttpClient reader, string url) =>
        await reader.Get<System.Text.Json.JsonElement>(url) is var json
            && json.ValueKind == System.Text.Json.JsonValueKind.Array
            ? json.GetArrayLength()
            : json.TryGetProperty("towns", out var towns) ? towns.GetArrayLength() // 镇村力量: one row a town
            : (json.TryGetProperty("page", out var page) && page.ValueKind == System.Text.Json.JsonValueKind.Object
                ? page : json).GetProperty("total").GetInt32();

    /// <summary>Reads the real file back: title, filter line, export time, header, then the rows it counts.</summary>
    private static (int Rows, string TimeLine) Sheet(byte[] file, string title, string filterLine)
    {
        using var stream = new MemoryStream(file);
        var rows = MiniExcel.Query(stream, useHeaderRow: false).Cast<IDictionary<string, object>>()
            .Select(r => r["A"]?.ToString()).ToList();
        rows[0].ShouldBe(title);
        rows[1].ShouldBe(filterLine);
        rows[2]!.ShouldStartWith("导出时间：");
        return (rows.Count - 4, rows[2]!);
    }

    /// <summary>The file name an export must have: its title and the Beijing time of its 导出时间 line.</summary>
    public static string Named(string title, string timeLine) =>
        $"{title}_{Regex.Replace(Regex.Match(timeLine, @"\d{4}-\d{2}-\d{2} \d{2}:\d{2}").Value, @"\D", "")}.xlsx";
}

public sealed class ListExportTestsSqlite(SqliteApp app) : ListExportTests(app);
public sealed class ListExportTestsPostgres(PostgresApp app) : ListExportTests(app);
