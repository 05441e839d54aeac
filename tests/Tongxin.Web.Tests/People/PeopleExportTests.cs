using static Tongxin.Web.Tests.Infrastructure.TestData;

namespace Tongxin.Web.Tests.People;

/// <summary>Exporting the filtered list: a real xlsx, masked and audited; large sensitive exports need
/// approval.</summary>
public abstract class PeopleExportTests(TestApp app)
{
    [Fact]
    [Trait("Req", "PPL-5")]
    [Trait("Req", "RPT-2")]
    [Trait("Req", "SEC-24")]
    public async Task The_filtered_list_exports_to_a_real_xlsx_masked_and_audited()
    {
        var town1 = await app.SignInAs("town1");
        // C02 (无党派人士): town1 may not filter by a sensitive category such as C05 (宗教界人士), SEC-24.
        var total = (await town1.Get<Page<PersonRow>>("/api/v1/people?category=C02")).Total;
        total.ShouldBeGreaterThan(0);
        var response = await town1.GetAsync("/api/v1/people/export?category=C02");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentDisposition!.DispositionType.ShouldBe("attachment");
        using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        var rows = MiniExcelLibs.MiniExcel.Query(stream, useHeaderRow: false)
            .Cast<IDictionary<string, object>>().ToList();
        rows[0]["A"].ShouldBe("人员库导出");
        rows[1]["A"].ToString()!.ShouldContain("类别：无党派人士"); // by name, not the code C02 (SYS-1)
        rows[2]["A"].ToString()!.ShouldContain("town1");
        rows[3]["A"].ShouldBe("姓名");
        rows[3]["J"].ShouldBe("身份证号（脱敏）");
        var data = rows.Skip(4).ToList();
        data.Count.ShouldBe(total);
        data.ShouldAllBe(r => r["I"].ToString() == "坛山街道" || r["I"].ToString()!.EndsWith("村")
            || r["I"].ToString()!.EndsWith("社区") || r["I"].ToString() == "鹭鸣山庄");
        data.ShouldAllBe(r => r["J"] == null || r["J"].ToString()!.Contains("**********"));
        data.ShouldAllBe(r => r["E"] == null || r["E"].ToString() == "***"); // town1 may not see affiliation
        var auditor = await app.SignInAs("auditor");
        (await auditor.Get<Page<AuditRow>>("/api/v1/audit?event=export&user=town1")).Total.ShouldBeGreaterThan(0);
    }

    [Fact]
    [Trait("Req", "SEC-12")]
    public async Task More_than_500_people_with_sensitive_fields_are_not_exported_without_approval()
    {
        var staff = await app.SignInAs("staff");
        (await staff.Get<Page<PersonRow>>("/api/v1/people")).Total.ShouldBeGreaterThan(0);
        await using var fresh = await app.FreshAsync();
        var client = await fresh.SignInAs("staff");
        var county = await client.Node("峰城区");
        for (var i = 0; i < 110; i++)
            await client.NewPerson(Person($"批量{i}", county, ethnicity: "E01", affiliation: "A09"));
        var refused = await client.GetAsync("/api/v1/people/export");
        (await refused.Problem(HttpStatusCode.Conflict)).GetProperty("title").GetString()!.ShouldContain("审批");
        var auditor = await fresh.SignInAs("auditor");
        (await auditor.Get<Page<AuditRow>>("/api/v1/audit?event=export")).Total.ShouldBe(0); // no file was made
    }
}

public sealed class PeopleExportTestsSqlite(SqliteApp app) : PeopleExportTests(app);
public sealed class PeopleExportTestsPostgres(PostgresApp app) : PeopleExportTests(app);
