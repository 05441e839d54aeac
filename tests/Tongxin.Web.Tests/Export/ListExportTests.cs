using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MiniExcelLibs;
using Tongxin.Data;
using Tongxin.Web.Features.Notices;
using Tongxin.Web.Startup;
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
        { "staff", "/assessment/schemes", "/api/v1/assessment/schemes", "", "考核方案", "筛选条件：全部",
            "AssessmentScheme" },
        { "staff", "/assessment/scores", "/api/v1/assessment/assessments", "year=2020", "评分", "筛选条件：年度：2020",
            "TownAssessment" },
        // 通知 are per user: the row's user gets one of their own first (the demo sends none).
        { "secadmin", "/notices", "/api/v1/notices", "", "通知", "筛选条件：全部", "Notice" },
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
        if (list == "/api/v1/notices") await Notify(user, TestData.Unique("导出通知"));
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

    [Fact]
    [Trait("Req", "SYS-1")]
    public async Task The_assessment_lists_export_their_Chinese_columns_and_the_demo_rows()
    {
        var staff = await app.SignInAs("staff");
        var schemes = Cells(await Bytes(staff, "/api/v1/assessment/schemes/export"));
        schemes[3].ShouldBe(["年度", "方案", "依据", "状态", "总分", "评分项", "考核单位"]);
        var demo = schemes.Single(r => r[1] == "峯城区统战工作“双基双员”建设考核方案（2020 年，演示）");
        demo[0].ShouldBe("2020");
        demo[2].ShouldBe("峯统发〔2019〕13号");

        var scores = Cells(await Bytes(staff, "/api/v1/assessment/assessments/export?year=2020"));
        scores[3].ShouldBe(["单位", "方案", "阶段", "自评", "评审人", "得分", "得分状态"]);
        var town = scores.Single(r => r[0] == "坛山街道");
        town[1].ShouldBe("峯城区统战工作“双基双员”建设考核方案（2020 年，演示）");
        town[2].ShouldBeOneOf("审核评分", "联评", "已公布");
        // Points are numbers in the sheet, not text, so a user can sum and sort them in Excel.
        using var sheet = new MemoryStream(await Bytes(staff, "/api/v1/assessment/assessments/export?year=2020"));
        var raw = MiniExcel.Query(sheet, useHeaderRow: false).Cast<IDictionary<string, object>>()
            .Single(r => (r.Values.First() as string) == "坛山街道").Values.ToArray();
        raw[3].ShouldBeAssignableTo<double>();
        raw[5].ShouldBeAssignableTo<double>();
    }

    [Fact]
    [Trait("Req", "SYS-1")]
    public async Task The_header_row_stays_in_view_and_carries_the_filter_buttons()
    {
        var staff = await app.SignInAs("staff");
        var file = await Bytes(staff, "/api/v1/assessment/schemes/export");
        using var zip = new System.IO.Compression.ZipArchive(new MemoryStream(file));
        using var reader = new StreamReader(zip.GetEntry("xl/worksheets/sheet1.xml")!.Open());
        var xml = await reader.ReadToEndAsync();
        xml.ShouldContain("ySplit=\"4\""); // title, 筛选条件, 导出时间 and the headers stay on screen
        System.Text.RegularExpressions.Regex.Matches(xml, "<(x:)?autoFilter ").Count.ShouldBe(1);
        xml.ShouldMatch("<(x:)?autoFilter ref=\"A4:G[0-9]+\"");
        Cells(file)[3][0].ShouldBe("年度"); // and MiniExcel still reads the sheet
    }

    [Fact]
    [Trait("Req", "SEC-7")]
    public async Task A_user_without_the_assessment_permissions_cannot_export_them()
    {
        var village = await app.SignInAs("village1"); // 村居双员: no assessment.read, no assessment.score
        (await village.GetAsync("/api/v1/assessment/schemes/export")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await village.GetAsync("/api/v1/assessment/assessments/export?year=2020")).StatusCode
            .ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    [Trait("Req", "SYS-10")]
    public async Task A_user_exports_only_their_own_notices_and_the_unread_filter_holds()
    {
        string mine = TestData.Unique("我的通知"), theirs = TestData.Unique("别人的通知");
        await Notify("leader", mine);
        await Notify("staff2", theirs);
        var leader = await app.SignInAs("leader");
        var all = Cells(await Bytes(leader, "/api/v1/notices/export"));
        all[3].ShouldBe(["标题", "内容", "时间", "状态", "已读时间"]);
        all.ShouldContain(r => r[0] == mine && r[1] == mine + "的正文" && r[3] == "未读");
        all.ShouldNotContain(r => r[0] == theirs);

        var unread = Cells(await Bytes(leader, "/api/v1/notices/export?unreadOnly=true"));
        unread[1][0].ShouldBe("筛选条件：状态：未读");
        unread.Skip(4).ShouldAllBe(r => r[3] == "未读");
        var browser = app.CookieClient();
        ((int)(await browser.SignInForm("leader", app.DemoPassword("leader"))).StatusCode).ShouldBeInRange(300, 399);
        (await browser.GetStringAsync("/notices?unread=true")).ShouldContain("/download/notices.xlsx?unreadOnly=true");
    }

    /// <summary>A notice to one demo user, sent as the system sends reminders.</summary>
    private async Task Notify(string userName, string title)
    {
        await using var scope = app.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<Security.HttpCurrentUser>().Use(Bootstrap.SystemPrincipal);
        var id = await scope.ServiceProvider.GetRequiredService<TongxinDb>().Users
            .Where(u => u.UserName == userName).Select(u => u.Id).SingleAsync();
        await scope.ServiceProvider.GetRequiredService<NoticeService>().SendAsync([id], title, title + "的正文");
    }

    private static async Task<byte[]> Bytes(HttpClient client, string url)
    {
        var r = await client.GetAsync(url);
        r.StatusCode.ShouldBe(HttpStatusCode.OK);
        return await r.Content.ReadAsByteArrayAsync();
    }

    /// <summary>Every row of the sheet as its cells' text, blanks as "".</summary>
    private static List<string[]> Cells(byte[] file)
    {
        using var stream = new MemoryStream(file);
        return MiniExcel.Query(stream, useHeaderRow: false).Cast<IDictionary<string, object>>()
            .Select(r => r.Values.Select(v => v?.ToString() ?? "").ToArray()).ToList();
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
