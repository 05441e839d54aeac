using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Tongxin.Web.Tests.Infrastructure;
using UglyToad.PdfPig;

namespace Tongxin.Web.Tests.Assessment;

/// <summary>The demo's published 2019 ranking and the 2020 preview (ASM-4, RPT-1).</summary>
public abstract class AssessmentDemoTests(TestApp app)
{
    [Fact]
    [Trait("Req", "ASM-4")]
    [Trait("Req", "RPT-1")]
    public async Task The_demo_has_a_published_2019_ranking_and_a_2020_preview_only_the_district_sees()
    {
        var staff = await app.SignInAs("staff");
        var y2019 = await staff.GetJson("/api/v1/assessment/results?year=2019");
        y2019.GetProperty("preview").GetBoolean().ShouldBeFalse();
        var rows = y2019.GetProperty("rows").EnumerateArray().ToList();
        rows.Count.ShouldBe(8);
        rows.Select(r => r.GetProperty("rank").GetInt32()).ShouldBeInOrder();
        var flagged = rows.Where(r => r.GetProperty("flagged").GetBoolean()).ToList();
        flagged.ShouldNotBeEmpty();
        flagged.ShouldAllBe(r => r.GetProperty("total").GetInt32() < 600 && r.GetProperty("lost").GetArrayLength() > 0);
        rows[0].GetProperty("categories").GetArrayLength().ShouldBe(6);
        y2019.GetProperty("average").GetArrayLength().ShouldBe(6);

        var y2020 = await staff.GetJson("/api/v1/assessment/results?year=2020");
        y2020.GetProperty("preview").GetBoolean().ShouldBeTrue();
        y2020.GetProperty("rows").EnumerateArray()
            .ShouldAllBe(r => r.GetProperty("lastYear").ValueKind == JsonValueKind.Number);
        var town = await app.SignInAs("town3");
        var townView = await town.GetJson("/api/v1/assessment/results?year=2020");
        townView.GetProperty("preview").GetBoolean().ShouldBeFalse();
        townView.GetProperty("rows").EnumerateArray().ShouldBeEmpty();
        // the published ranking is public to the towns
        (await town.GetJson("/api/v1/assessment/results?year=2019")).GetProperty("rows").GetArrayLength().ShouldBe(8);
    }
}

public sealed class AssessmentDemoTestsSqlite(SqliteApp app) : AssessmentDemoTests(app);
public sealed class AssessmentDemoTestsPostgres(PostgresApp app) : AssessmentDemoTests(app);
