using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Tongxin.Data.Audit;
using Tongxin.Web.Features.Audit;
using static Tongxin.Web.Tests.Infrastructure.TestData;

namespace Tongxin.Web.Tests;

/// <summary>
/// Issue 15, item 6 (SYS-1): what the server says answers in Chinese by default — problem titles of the framework's
/// own 401/403, the sign-in 429, the audit log's actor, event and field names, the import template's help sheet
/// and the export's filter line and file name. Each failed on main before its fix (except the 429, kept as a guard).
/// </summary>
public abstract class ChineseThroughoutTests(TestApp app)
{
    private static HttpRequestMessage Request(HttpMethod method, string url, string? language)
    {
        var m = new HttpRequestMessage(method, url);
        if (language is not null) m.Headers.AcceptLanguage.ParseAdd(language);
        return m;
    }

    private static async Task<string?> Title(HttpClient c, HttpMethod method, string url, string? language,
        HttpStatusCode status) =>
        (await (await c.SendAsync(Request(method, url, language))).Problem(status)).GetProperty("title").GetString();

    [Fact]
    [Trait("Req", "SYS-1")]
    public async Task A_403_from_the_authorization_middleware_is_titled_in_the_request_language()
    {
        var staff = await app.SignInAs("staff"); // staff may not manage users: the policy refuses, not a handler
        (await Title(staff, HttpMethod.Get, "/api/v1/users", null, HttpStatusCode.Forbidden))
            .ShouldBe("您没有此操作的权限");
        (await Title(staff, HttpMethod.Get, "/api/v1/users", "en-US,en;q=0.9", HttpStatusCode.Forbidden))
            .ShouldBe("You do not have permission for this");
    }

    [Fact]
    [Trait("Req", "SYS-1")]
    public async Task A_401_from_the_sign_in_challenge_is_titled_in_Chinese_by_default_and_English_on_request()
    {
        var anonymous = app.Anonymous();
        (await Title(anonymous, HttpMethod.Get, "/api/v1/people", null, HttpStatusCode.Unauthorized))
            .ShouldBe("请先登录");
        (await Title(anonymous, HttpMethod.Get, "/api/v1/people", "en-US", HttpStatusCode.Unauthorized))
            .ShouldBe("Sign in first");
    }

    private sealed record RequestText(Guid Id, string FilterText);

    [Fact]
    [Trait("Req", "SYS-1")]
    [Trait("Req", "SEC-12")]
    public async Task An_export_request_names_its_filter_as_the_file_does_not_by_codes()
    {
        var staff = await app.SignInAs("staff");
        var county = await staff.Node("峰城区");
        string? category = null; // a category with more than the approval limit, when the demo has one
        foreach (var c in Enumerable.Range(1, 12).Select(i => $"C{i:00}"))
            if (category is null && (await staff.Get<PageTotal>($"/api/v1/people?category={c}&pageSize=1")).Total > 500)
                category = c;
        var id = await (await staff.PostAsJsonAsync("/api/v1/people/export-requests", new Features.People
            .RequestExport.Request(new Features.People.ListPeople.Query(Category: category, NodeId: county), "核对")))
            .CreatedId();
        var text = (await staff.Get<Page<RequestText>>("/api/v1/people/export-requests?pageSize=100"))
            .Items.Single(r => r.Id == id).FilterText;
        text.ShouldContain("所属节点：峰城区");
        text.ShouldNotContain(county.ToString());
        if (category is not null) text.ShouldNotContain(category);
    }

    [Fact]
    [Trait("Req", "SYS-1")]
    public async Task A_wrong_verb_from_a_signed_in_client_is_a_405_titled_in_Chinese_and_anonymous_stays_401()
    {
        var staff = await app.SignInAs("staff");
        var wrong = await staff.SendAsync(Request(HttpMethod.Delete, "/api/v1/people", null));
        (await wrong.Problem(HttpStatusCode.MethodNotAllowed)).GetProperty("title").GetString()
            .ShouldBe("不支持此请求方法");
        wrong.Content.Headers.Allow.ShouldContain("GET");
        (await app.Anonymous().SendAsync(Request(HttpMethod.Delete, "/api/v1/people", null))).StatusCode
            .ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    [Trait("Req", "SYS-1")]
    [Trait("Req", "SEC-22")]
    public async Task The_sign_in_429_answers_in_Chinese_by_default_and_English_on_request()
    {
        await using var fresh = await app.FreshAsync(new() { ["Tongxin:SignInPermitsPerMinute"] = "2" });
        var client = fresh.Anonymous();
        HttpRequestMessage Attempt(string? language)
        {
            var m = Request(HttpMethod.Post, "/api/v1/auth/token", language);
            m.Content = JsonContent.Create(new Features.Account.SignIn.Request("nobody", "x"));
            return m;
        }
        for (var i = 0; i < 2; i++)
            (await client.SendAsync(Attempt(null))).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await (await client.SendAsync(Attempt(null))).Problem(HttpStatusCode.TooManyRequests))
            .GetProperty("title").GetString().ShouldBe("登录尝试过于频繁，请稍后再试");
        (await (await client.SendAsync(Attempt("en-US"))).Problem(HttpStatusCode.TooManyRequests))
            .GetProperty("title").GetString().ShouldBe("Too many sign-in attempts; please try again later");
    }

    [Fact]
    [Trait("Req", "SYS-1")]
    public async Task The_import_templates_help_sheet_names_the_columns_in_Chinese_not_the_dictionary_codes()
    {
        var staff = await app.SignInAs("staff");
        var response = await staff.GetAsync("/api/v1/people/template");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        var help = MiniExcelLibs.MiniExcel.Query(stream, useHeaderRow: true, sheetName: "填写说明")
            .Cast<IDictionary<string, object>>().ToList();
        help.Select(r => r["填写列"].ToString()).ShouldBe(
            ["统战对象类别", "民族", "宗教信仰", "政治面貌", "学历", "代表人士层级"]);
        help.ShouldAllBe(r => !Regex.IsMatch(r["填写列"].ToString()!, "[a-z]"));
    }

    [Fact]
    [Trait("Req", "SYS-1")]
    [Trait("Req", "PPL-5")]
    public async Task A_filtered_export_describes_its_filter_and_is_named_in_Beijing_time()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow); // stands still, so the minute cannot turn over
        await using var fresh = await app.FreshAsync(services: s => s.AddSingleton<TimeProvider>(clock));
        var staff = await fresh.SignInAs("staff");
        var node = await staff.Node("峰城区");
        var tag = Unique("导出标签");
        await staff.NewPerson(Person("筛选导出", node, ["C02"], ethnicity: "E01", affiliation: "A09")
            with
        { Tags = tag });

        var response = await staff.GetAsync($"/api/v1/people/export?category=C02&tag={Uri.EscapeDataString(tag)}");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        var rows = MiniExcelLibs.MiniExcel.Query(stream, useHeaderRow: false)
            .Cast<IDictionary<string, object>>().ToList();
        var filter = rows[1]["A"].ToString()!;
        filter.ShouldBe($"筛选条件：类别：无党派人士，标签：{tag}");
        rows.Skip(4).Select(r => r["A"].ToString()).ShouldBe(["筛选导出"]);

        var beijing = TimeZoneInfo.ConvertTimeFromUtc(clock.GetUtcNow().UtcDateTime,
            TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai"));
        var name = response.Content.Headers.ContentDisposition!.FileNameStar
            ?? response.Content.Headers.ContentDisposition.FileName!.Trim('"');
        name.ShouldBe($"人员库_{beijing.ToString("yyyyMMddHHmm", CultureInfo.InvariantCulture)}.xlsx");
        rows[2]["A"].ToString()!.ShouldContain(beijing.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture));
    }

    [Fact]
    [Trait("Req", "SYS-1")]
    public async Task The_audit_log_page_shows_system_as_the_actor_and_labels_the_changed_fields()
    {
        await using var fresh = await app.FreshAsync();
        var staff = await fresh.SignInAs("staff");
        var node = await staff.Node("峰城区");
        var pid = await staff.NewPerson(Person("审计标签", node, ethnicity: "E01", affiliation: "A09"));
        var version = (await staff.Get<PersonDto>($"/api/v1/people/{pid}")).Version;
        (await staff.PutAsJsonAsync($"/api/v1/people/{pid}", Person("审计标签", node, ethnicity: "E01",
            affiliation: "A09", employer: "新单位", version: version, recognisedOn: new DateOnly(2020, 1, 2))))
            .StatusCode.ShouldBe(HttpStatusCode.NoContent);
        var auditor = fresh.CookieClient();
        (await auditor.SignInForm("auditor", fresh.DemoPassword("auditor"))).StatusCode
            .ShouldBe(HttpStatusCode.Redirect);

        var changes = WebUtility.HtmlDecode(await auditor.GetStringAsync("/system/audit?event=update&user=staff"));
        changes.ShouldContain("工作单位");
        changes.ShouldContain("认定日期");
        changes.ShouldContain("变更后");
        changes.ShouldNotContain("\"Employer\"");
        changes.ShouldNotContain("\"RecognisedOn\"");
        // A new row's details name NodeId and NodePath, which share the label 所属节点: the page still renders
        // (the duplicate label threw while rendering, so the page failed and its circuit never started).
        var created = await auditor.GetAsync("/system/audit?event=create&user=staff");
        created.StatusCode.ShouldBe(HttpStatusCode.OK);
        WebUtility.HtmlDecode(await created.Content.ReadAsStringAsync()).ShouldContain("\"变更后\"");

        var api = await fresh.SignInAs("auditor");
        (await api.Get<Page<AuditRow>>("/api/v1/audit?user=system")).Total.ShouldBeGreaterThan(0);
        var system = WebUtility.HtmlDecode(await auditor.GetStringAsync("/system/audit?user=system"));
        Regex.IsMatch(system, @">\s*系统\s*<").ShouldBeTrue();
        Regex.IsMatch(system, @">\s*system\s*<").ShouldBeFalse();
    }

    [Fact]
    [Trait("Req", "SYS-1")]
    public void Every_audit_event_has_a_name_and_system_reads_System_in_English()
    {
        AuditEvents.All.Where(e => !AuditText.IsNamed(e)).ShouldBeEmpty();
        var before = CultureInfo.CurrentUICulture;
        try
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (new("zh-CN"), new("zh-CN"));
            AuditText.Actor("system").ShouldBe("系统");
            AuditText.FieldLabel("RecognisedOn").ShouldBe("认定日期");
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (new("en-US"), new("en-US"));
            AuditText.Actor("system").ShouldBe("System");
            AuditText.Actor("staff").ShouldBe("staff");
            AuditText.LabelDetails("""{"after":{"NodeId":"n1","NodePath":"/1/"}}""")
                .ShouldBe("""{"after":{"Node":"n1","Node（NodePath）":"/1/"}}""");
        }
        finally { (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (before, before); }
    }
}

public sealed class ChineseThroughoutTestsSqlite(SqliteApp app) : ChineseThroughoutTests(app);
public sealed class ChineseThroughoutTestsPostgres(PostgresApp app) : ChineseThroughoutTests(app);
