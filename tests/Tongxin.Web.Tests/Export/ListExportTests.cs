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

    public static TheoryData<string, string, string, string, string> Lists => new()
    {
        // list endpoint, its filter, the title row, what the filter line says, the audited object type
        { "/api/v1/activities", $"year={Year}", "活动记录", $"筛选条件：年度：{Year}", "Activity" },
    };

    [Theory]
    [MemberData(nameof(Lists))]
    [Trait("Req", "SYS-1")]
    public async Task A_list_exports_what_it_shows_with_its_title_and_filter_in_Chinese(
        string list, string filter, string title, string filterLine, string objectType)
    {
        var staff = await app.SignInAs("staff");
        var auditor = await app.SignInAs("auditor");
        const string Exports = "/api/v1/audit?event=export&user=staff&pageSize=100";
        var before = (await auditor.Get<Page<AuditRow>>(Exports)).Items.Select(a => a.Seq).DefaultIfEmpty().Max();
        var total = (await staff.Get<PageTotal>($"{list}?{filter}&pageSize=1")).Total;
        total.ShouldBeGreaterThan(0);
        var response = await staff.GetAsync($"{list}/export?{filter}");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentDisposition!.FileNameStar.ShouldStartWith(title + "_");
        using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        var rows = MiniExcel.Query(stream, useHeaderRow: false).Cast<IDictionary<string, object>>()
            .Select(r => r["A"]?.ToString()).ToList();
        rows[0].ShouldBe(title);
        rows[1].ShouldBe(filterLine);
        rows[2]!.ShouldStartWith("导出时间：");
        (rows.Count - 4).ShouldBe(total);
        (await auditor.Get<Page<AuditRow>>(Exports)).Items
            .ShouldContain(a => a.Seq > before && a.ObjectType == objectType);
    }
}

public sealed class ListExportTestsSqlite(SqliteApp app) : ListExportTests(app);
public sealed class ListExportTestsPostgres(PostgresApp app) : ListExportTests(app);
