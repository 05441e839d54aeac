using Tongxin.Data.Entities;
using Tongxin.Web.Features.Assessment;

namespace Tongxin.Web.Tests.Assessment;

/// <summary>Schemes: published only when they sum to 100, and copied (ASM-1).</summary>
public abstract class AssessmentSchemeTests(TestApp app)
{
    private static SaveIndicator.Request Indicator(string title, string points, Guid? parent = null,
        string? autoSource = null) => new(parent, title, points, null, autoSource);

    [Fact]
    [Trait("Req", "ASM-1")]
    [Trait("Req", "SEC-26")]
    public async Task A_scheme_is_published_only_when_it_sums_to_100_and_can_be_copied()
    {
        var staff = await app.SignInAs("staff");
        var (scheme, items) = await staff.NewScheme(2041,
            ("基础工作", [("台账", "30", null), ("例会", "25", null)]),
            ("机构建设", [("干事", "40", "town-officer")]));
        var url = $"/api/v1/assessment/schemes/{scheme}";
        var got = await staff.Get<SchemeDetail>(url);
        got.Total.ShouldBe(950);
        got.Problems.ShouldContain("一级指标合计 95.0 分，应为 100 分");
        var refused = await staff.PostAsync($"{url}/publish?version={got.Scheme.Version}", null);
        (await refused.Problem(HttpStatusCode.BadRequest)).ToString().ShouldContain("一级指标合计 95.0 分");
        // nothing half-written
        (await staff.Get<List<AssessmentRow>>("/api/v1/assessment/assessments?year=2041")).ShouldBeEmpty();

        // A category whose items do not add up is named; bad points and unknown sources are refused.
        var category = items["基础工作"];
        (await staff.PutAsJsonAsync($"{url}/indicators/{category}",
            Indicator("基础工作", "60"))).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await staff.Get<SchemeDetail>(url)).Problems.ShouldContain(
            "“基础工作”下各项合计 55.0 分，与其分值 60.0 分不符");
        (await (await staff.PostAsJsonAsync($"{url}/indicators", Indicator("坏分值", "3.55")))
            .Problem(HttpStatusCode.BadRequest)).ToString().ShouldContain("最多一位小数");
        (await staff.PostAsJsonAsync($"{url}/indicators",
            Indicator("坏来源", "5", autoSource: "nothing"))).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await staff.PostAsJsonAsync($"{url}/indicators",
            Indicator("学习", "5", parent: category))).StatusCode.ShouldBe(HttpStatusCode.Created);
        got = await staff.Get<SchemeDetail>(url);
        got.Problems.ShouldBeEmpty();
        var publish = await staff.PostAsync($"{url}/publish?version={got.Scheme.Version}", null);
        publish.StatusCode.ShouldBe(HttpStatusCode.OK, await publish.Content.ReadAsStringAsync());
        (await publish.Read<PublishedScheme>()).Assessments.ShouldBe(8);
        (await staff.PostAsJsonAsync($"{url}/indicators",
            Indicator("发布后", "5"))).StatusCode.ShouldBe(HttpStatusCode.Conflict);

        var town = await app.SignInAs("town2");
        // readable below the district
        (await town.Get<SchemeDetail>(url)).Scheme.Year.ShouldBe(2041);
        (await town.PostAsJsonAsync($"{url}/indicators",
            Indicator("镇改区方案", "5"))).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        var demo2019 = (await staff.Get<List<SchemeRow>>("/api/v1/assessment/schemes"))
            .First(s => s.Year == 2019 && s.NodePath.Length < 20);
        var copy = await (await staff.PostAsync($"/api/v1/assessment/schemes/{demo2019.Id}/copy?year=2042", null))
            .CreatedId();
        var copied = await staff.Get<SchemeDetail>($"/api/v1/assessment/schemes/{copy}");
        copied.Total.ShouldBe(1000);
        copied.Scheme.Status.ShouldBe(SchemeStatus.Draft);
        copied.Tree.Count.ShouldBe(demo2019.Items + 6);
        (await staff.PostAsync($"/api/v1/assessment/schemes/{demo2019.Id}/copy?year=2042",
            null)).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }
}

public sealed class AssessmentSchemeTestsSqlite(SqliteApp app) : AssessmentSchemeTests(app);
public sealed class AssessmentSchemeTestsPostgres(PostgresApp app) : AssessmentSchemeTests(app);
