using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Tongxin.Web.Tests.Infrastructure;
using UglyToad.PdfPig;

namespace Tongxin.Web.Tests.Assessment;

/// <summary>Schemes: published only when they sum to 100, and copied (ASM-1).</summary>
public abstract class AssessmentSchemeTests(TestApp app)
{
    private static Task<Guid> Created(HttpResponseMessage r) => r.CreatedId();

    private static async Task<long> Version(HttpClient c, string url) =>
        (await c.GetJson(url)).GetProperty("version").GetInt64();

    [Fact]
    [Trait("Req", "ASM-1")]
    [Trait("Req", "SEC-26")]
    public async Task A_scheme_is_published_only_when_it_sums_to_100_and_can_be_copied()
    {
        var staff = await app.SignInAs("staff");
        var (scheme, items) = await staff.NewScheme(2041, ("基础工作", [("台账", "30", null), ("例会", "25", null)]),
            ("机构建设", [("干事", "40", "town-officer")]));
        var url = $"/api/v1/assessment/schemes/{scheme}";
        var got = await staff.GetJson(url);
        got.GetProperty("total").GetInt32().ShouldBe(950);
        got.GetProperty("problems").EnumerateArray().Select(p => p.GetString()).ShouldContain("一级指标合计 95.0 分，应为 100 分");
        var refused = await
            staff.PostAsync($"{url}/publish?version={got.GetProperty("scheme").GetProperty("version")}", null);
        (await refused.Problem(HttpStatusCode.BadRequest)).ToString().ShouldContain("一级指标合计 95.0 分");
        // nothing half-written
        (await staff.GetJson($"/api/v1/assessment/assessments?year=2041")).EnumerateArray().ShouldBeEmpty();

        // A category whose items do not add up is named; bad points and unknown sources are refused.
        var category = items["基础工作"];
        (await staff.PutAsJsonAsync($"{url}/indicators/{category}",
            new { title = "基础工作", points = "60", version = 0 })).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await staff.GetJson(url)).GetProperty("problems").EnumerateArray().Select(p => p.GetString())
            .ShouldContain("“基础工作”下各项合计 55.0 分，与其分值 60.0 分不符");
        (await (await staff.PostAsJsonAsync($"{url}/indicators",
            new { title = "坏分值",
                points = "3.55" })).Problem(HttpStatusCode.BadRequest)).ToString().ShouldContain("最多一位小数");
        (await staff.PostAsJsonAsync($"{url}/indicators",
            new { title = "坏来源", points = "5",
                autoSource = "nothing" })).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await staff.PostAsJsonAsync($"{url}/indicators",
            new { parentId = category, title = "学习", points = "5" })).StatusCode.ShouldBe(HttpStatusCode.Created);
        got = await staff.GetJson(url);
        got.GetProperty("problems").EnumerateArray().ShouldBeEmpty();
        var publish = await
            staff.PostAsync($"{url}/publish?version={got.GetProperty("scheme").GetProperty("version")}", null);
        publish.StatusCode.ShouldBe(HttpStatusCode.OK, await publish.Content.ReadAsStringAsync());
        (await publish.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("assessments").GetInt32().ShouldBe(8);
        (await staff.PostAsJsonAsync($"{url}/indicators",
            new { title = "发布后", points = "5" })).StatusCode.ShouldBe(HttpStatusCode.Conflict);

        var town = await app.SignInAs("town2");
        // readable below the district
        (await town.GetJson(url)).GetProperty("scheme").GetProperty("year").GetInt32().ShouldBe(2041);
        (await town.PostAsJsonAsync($"{url}/indicators",
            new { title = "镇改区方案", points = "5" })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        var demo2019 = (await staff.GetJson("/api/v1/assessment/schemes")).EnumerateArray()
            .First(s => s.GetProperty("year").GetInt32() == 2019 && s.GetProperty("nodePath").GetString()!.Length < 20);
        var copy = await
            Created(await staff.PostAsync($"/api/v1/assessment/schemes/{demo2019.GetProperty("id")}/copy?year=2042",
                null));
        var copied = await staff.GetJson($"/api/v1/assessment/schemes/{copy}");
        copied.GetProperty("total").GetInt32().ShouldBe(1000);
        copied.GetProperty("scheme").GetProperty("status").GetInt32().ShouldBe(1);
        copied.GetProperty("tree").GetArrayLength().ShouldBe(demo2019.GetProperty("items").GetInt32() + 6);
        (await staff.PostAsync($"/api/v1/assessment/schemes/{demo2019.GetProperty("id")}/copy?year=2042",
            null)).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }
}

public sealed class AssessmentSchemeTestsSqlite(SqliteApp app) : AssessmentSchemeTests(app);
public sealed class AssessmentSchemeTestsPostgres(PostgresApp app) : AssessmentSchemeTests(app);
