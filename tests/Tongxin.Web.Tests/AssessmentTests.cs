using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Tongxin.Web.Tests.Infrastructure;
using UglyToad.PdfPig;

namespace Tongxin.Web.Tests;

/// <summary>Issue 5: the 百分考核 cycle over HTTP on both databases — scheme, 自评, 审核评分, 联评, 公布, reopen, results, files.</summary>
public abstract class AssessmentTests(TestApp app)
{
    private static async Task<Guid> Created(HttpResponseMessage r)
    {
        r.StatusCode.ShouldBe(HttpStatusCode.Created, await r.Content.ReadAsStringAsync());
        return (await r.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    private static async Task<(Guid Scheme, Dictionary<string, Guid> Items)> NewScheme(HttpClient staff, int year, params (string Category, (string Title, string Points, string? Auto)[] Items)[] tree)
    {
        var scheme = await Created(await staff.PostAsJsonAsync("/api/v1/assessment/schemes", new { year, title = $"测试方案 {year}", threshold = "60" }));
        var items = new Dictionary<string, Guid>();
        foreach (var (category, leaves) in tree)
        {
            var parent = await Created(await staff.PostAsJsonAsync($"/api/v1/assessment/schemes/{scheme}/indicators",
                new { title = category, points = leaves.Sum(l => decimal.Parse(l.Points)).ToString() }));
            items[category] = parent;
            foreach (var (title, points, auto) in leaves)
                items[title] = await Created(await staff.PostAsJsonAsync($"/api/v1/assessment/schemes/{scheme}/indicators", new { parentId = parent, title, points, autoSource = auto }));
        }
        return (scheme, items);
    }

    private static async Task<long> Version(HttpClient c, string url) => (await c.GetJson(url)).GetProperty("version").GetInt64();

    [Fact]
    [Trait("Req", "ASM-1")]
    [Trait("Req", "SEC-26")]
    public async Task A_scheme_is_published_only_when_it_sums_to_100_and_can_be_copied()
    {
        var staff = await app.SignInAs("staff");
        var (scheme, items) = await NewScheme(staff, 2041, ("基础工作", [("台账", "30", null), ("例会", "25", null)]), ("机构建设", [("干事", "40", "town-officer")]));
        var url = $"/api/v1/assessment/schemes/{scheme}";
        var got = await staff.GetJson(url);
        got.GetProperty("total").GetInt32().ShouldBe(950);
        got.GetProperty("problems").EnumerateArray().Select(p => p.GetString()).ShouldContain("一级指标合计 95.0 分，应为 100 分");
        var refused = await staff.PostAsync($"{url}/publish?version={got.GetProperty("scheme").GetProperty("version")}", null);
        (await refused.Problem(HttpStatusCode.BadRequest)).ToString().ShouldContain("一级指标合计 95.0 分");
        (await staff.GetJson($"/api/v1/assessment/assessments?year=2041")).EnumerateArray().ShouldBeEmpty(); // nothing half-written

        // A category whose items do not add up is named; bad points and unknown sources are refused.
        var category = items["基础工作"];
        (await staff.PutAsJsonAsync($"{url}/indicators/{category}", new { title = "基础工作", points = "60", version = 0 })).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await staff.GetJson(url)).GetProperty("problems").EnumerateArray().Select(p => p.GetString()).ShouldContain("“基础工作”下各项合计 55.0 分，与其分值 60.0 分不符");
        (await (await staff.PostAsJsonAsync($"{url}/indicators", new { title = "坏分值", points = "3.55" })).Problem(HttpStatusCode.BadRequest)).ToString().ShouldContain("最多一位小数");
        (await staff.PostAsJsonAsync($"{url}/indicators", new { title = "坏来源", points = "5", autoSource = "nothing" })).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await staff.PostAsJsonAsync($"{url}/indicators", new { parentId = category, title = "学习", points = "5" })).StatusCode.ShouldBe(HttpStatusCode.Created);
        got = await staff.GetJson(url);
        got.GetProperty("problems").EnumerateArray().ShouldBeEmpty();
        var publish = await staff.PostAsync($"{url}/publish?version={got.GetProperty("scheme").GetProperty("version")}", null);
        publish.StatusCode.ShouldBe(HttpStatusCode.OK, await publish.Content.ReadAsStringAsync());
        (await publish.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("assessments").GetInt32().ShouldBe(8);
        (await staff.PostAsJsonAsync($"{url}/indicators", new { title = "发布后", points = "5" })).StatusCode.ShouldBe(HttpStatusCode.Conflict);

        var town = await app.SignInAs("town2");
        (await town.GetJson(url)).GetProperty("scheme").GetProperty("year").GetInt32().ShouldBe(2041); // readable below the district
        (await town.PostAsJsonAsync($"{url}/indicators", new { title = "镇改区方案", points = "5" })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        var demo2019 = (await staff.GetJson("/api/v1/assessment/schemes")).EnumerateArray().First(s => s.GetProperty("year").GetInt32() == 2019 && s.GetProperty("nodePath").GetString()!.Length < 20);
        var copy = await Created(await staff.PostAsync($"/api/v1/assessment/schemes/{demo2019.GetProperty("id")}/copy?year=2042", null));
        var copied = await staff.GetJson($"/api/v1/assessment/schemes/{copy}");
        copied.GetProperty("total").GetInt32().ShouldBe(1000);
        copied.GetProperty("scheme").GetProperty("status").GetString().ShouldBe("Draft");
        copied.GetProperty("tree").GetArrayLength().ShouldBe(demo2019.GetProperty("items").GetInt32() + 6);
        (await staff.PostAsync($"/api/v1/assessment/schemes/{demo2019.GetProperty("id")}/copy?year=2042", null)).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    [Trait("Req", "ASM-2")]
    [Trait("Req", "ASM-3")]
    [Trait("Req", "ASM-4")]
    [Trait("Req", "ASM-5")]
    [Trait("Req", "RPT-2")]
    [Trait("Req", "SEC-8")]
    [Trait("Req", "SEC-25")]
    public async Task A_year_goes_from_self_assessment_through_joint_review_to_a_frozen_published_ranking()
    {
        var staff = await app.SignInAs("staff");
        var (scheme, items) = await NewScheme(staff, 2044, ("基础工作", [("台账", "30", null), ("汇报", "30", "duty:R1")]), ("宣教培训", [("培训", "40", null)]));
        var version = (await staff.GetJson($"/api/v1/assessment/schemes/{scheme}")).GetProperty("scheme").GetProperty("version").GetInt64();
        (await staff.PostAsync($"/api/v1/assessment/schemes/{scheme}/publish?version={version}", null)).StatusCode.ShouldBe(HttpStatusCode.OK);
        var all = (await staff.GetJson("/api/v1/assessment/assessments?year=2044")).EnumerateArray().ToList();
        all.Count.ShouldBe(8);
        var reviewers = (await staff.GetJson("/api/v1/assessment/reviewers")).EnumerateArray().ToDictionary(r => r.GetProperty("name").GetString()!, r => r.GetProperty("id").GetString()!);

        // 自评: town1 sees only its own; an item without evidence is accepted but claims nothing.
        var town = await app.SignInAs("town1");
        var mine = (await town.GetJson("/api/v1/assessment/assessments?year=2044")).EnumerateArray().Single();
        mine.GetProperty("node").GetString().ShouldBe("坛山街道");
        var id = mine.GetProperty("id").GetGuid();
        var other = all.First(a => a.GetProperty("node").GetString() != "坛山街道").GetProperty("id").GetGuid();
        (await town.GetAsync($"/api/v1/assessment/assessments/{other}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var sheetUrl = $"/api/v1/assessment/assessments/{id}";
        var sheet = await town.GetJson(sheetUrl);
        var auto = sheet.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("title").GetString() == "汇报");
        auto.GetProperty("autoFacts").GetString()!.ShouldContain("R1");
        auto.GetProperty("autoScore").GetInt32().ShouldBe(0); // no report heard in 2044
        var early = await town.PutAsJsonAsync($"{sheetUrl}/self", new { items = new[] { new { indicatorId = items["台账"], score = "25", note = "台账齐全" } }, submit = true, version = sheet.GetProperty("version").GetInt64() });
        (await early.Problem(HttpStatusCode.BadRequest)).ToString().ShouldContain("还有 1 项未自评");
        (await town.PutAsJsonAsync($"{sheetUrl}/self", new { items = new[] { new { indicatorId = items["台账"], score = "31", note = "x" } }, submit = false, version = sheet.GetProperty("version").GetInt64() }))
            .StatusCode.ShouldBe(HttpStatusCode.BadRequest); // above the item's points
        var self = await town.PutAsJsonAsync($"{sheetUrl}/self", new
        {
            items = new[] { new { indicatorId = items["台账"], score = "25", note = "台账齐全" }, new { indicatorId = items["培训"], score = "38", note = "" } },
            submit = true, version = sheet.GetProperty("version").GetInt64(),
        });
        self.StatusCode.ShouldBe(HttpStatusCode.NoContent, await self.Content.ReadAsStringAsync());
        sheet = await town.GetJson(sheetUrl);
        sheet.GetProperty("stage").GetString().ShouldBe("DistrictReview");
        sheet.GetProperty("selfTotal").GetInt32().ShouldBe(250);
        (await town.PutAsJsonAsync($"{sheetUrl}/self", new { items = Array.Empty<object>(), submit = false, version = sheet.GetProperty("version").GetInt64() })).StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await town.GetJson("/api/v1/assessment/results?year=2044")).GetProperty("rows").EnumerateArray().ShouldBeEmpty(); // nothing to see before publication

        // 审核评分 with a stale version is refused; then to 联评 with two reviewers.
        var stale = await staff.PutAsJsonAsync($"{sheetUrl}/review", new { items = Array.Empty<object>(), action = 0, version = 0 });
        stale.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        var review = await staff.PutAsJsonAsync($"{sheetUrl}/review", new
        {
            items = new[] { new { indicatorId = items["台账"], score = "24", note = "查阅台账" }, new { indicatorId = items["培训"], score = "35", note = "" } },
            action = 2, reviewers = new[] { reviewers["评审人（演示）"], reviewers["评审人二（演示）"] }, version = sheet.GetProperty("version").GetInt64(),
        });
        review.StatusCode.ShouldBe(HttpStatusCode.NoContent, await review.Content.ReadAsStringAsync());

        // 联评: a reviewer sees only what is assigned, and only their own column.
        var r1 = await app.SignInAs("reviewer");
        (await r1.GetJson("/api/v1/assessment/assessments?year=2044")).EnumerateArray().Select(a => a.GetProperty("id").GetGuid()).ShouldBe([id]);
        (await r1.GetAsync($"/api/v1/assessment/assessments/{other}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await r1.GetAsync("/api/v1/assessment/results?year=2019")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await r1.PutAsJsonAsync($"{sheetUrl}/reviewer-scores", new { items = new[] { new { indicatorId = items["台账"], score = "26" }, new { indicatorId = items["培训"], score = "36" } } }))
            .StatusCode.ShouldBe(HttpStatusCode.NoContent);
        var r2 = await app.SignInAs("reviewer2");
        (await r2.PutAsJsonAsync($"{sheetUrl}/reviewer-scores", new { items = new[] { new { indicatorId = items["台账"], score = "23" } } })).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        var r3 = await app.SignInAs("reviewer3");
        (await r3.GetAsync(sheetUrl)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await r3.PutAsJsonAsync($"{sheetUrl}/reviewer-scores", new { items = new[] { new { indicatorId = items["台账"], score = "1" } } })).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var asReviewer = await r2.GetJson(sheetUrl);
        asReviewer.GetProperty("reviewers").GetArrayLength().ShouldBe(1);
        var full = await staff.GetJson(sheetUrl);
        full.GetProperty("reviewers").EnumerateArray().Select(r => r.GetProperty("total").GetInt32()).ShouldBe([260 + 360, 230], ignoreOrder: true);
        var ledger = full.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("title").GetString() == "台账");
        ledger.GetProperty("final").GetInt32().ShouldBe(245); // (26 + 23) / 2 = 24.5
        var training = full.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("title").GetString() == "培训");
        training.GetProperty("final").GetInt32().ShouldBe(360);
        training.GetProperty("reviewersMissing").GetInt32().ShouldBe(1);
        full.GetProperty("total").GetInt32().ShouldBe(605);

        // Publishing waits for every town, naming those not ready; then all of them go at once.
        (await (await staff.PostAsync($"/api/v1/assessment/schemes/{scheme}/publish-results", null)).Problem(HttpStatusCode.Conflict)).ToString().ShouldContain("尚未进入联评");
        for (var n = 2; n <= 8; n++)
        {
            var t = await app.SignInAs($"town{n}");
            var a = (await t.GetJson("/api/v1/assessment/assessments?year=2044")).EnumerateArray().Single().GetProperty("id").GetGuid();
            var v = await Version(t, $"/api/v1/assessment/assessments/{a}");
            (await t.PutAsJsonAsync($"/api/v1/assessment/assessments/{a}/self", new
            {
                items = new[] { new { indicatorId = items["台账"], score = $"{10 + n}", note = "有" }, new { indicatorId = items["培训"], score = $"{20 + n}", note = "有" } }, submit = true, version = v,
            })).StatusCode.ShouldBe(HttpStatusCode.NoContent);
            v = await Version(staff, $"/api/v1/assessment/assessments/{a}");
            (await staff.PutAsJsonAsync($"/api/v1/assessment/assessments/{a}/review", new
            {
                items = new[] { new { indicatorId = items["台账"], score = $"{10 + n}", note = "" }, new { indicatorId = items["培训"], score = $"{20 + n}", note = "" } },
                action = 2, reviewers = new[] { reviewers["评审人三（演示）"] }, version = v,
            })).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        }
        var published = await staff.PostAsync($"/api/v1/assessment/schemes/{scheme}/publish-results", null);
        published.StatusCode.ShouldBe(HttpStatusCode.OK, await published.Content.ReadAsStringAsync());

        var results = await town.GetJson("/api/v1/assessment/results?year=2044");
        results.GetProperty("preview").GetBoolean().ShouldBeFalse();
        var rows = results.GetProperty("rows").EnumerateArray().ToList();
        rows.Count.ShouldBe(8);
        var first = rows[0];
        first.GetProperty("town").GetString().ShouldBe("坛山街道");
        first.GetProperty("rank").GetInt32().ShouldBe(1);
        first.GetProperty("total").GetInt32().ShouldBe(605);
        rows.Where(r => r.GetProperty("total").GetInt32() < 600).ShouldAllBe(r => r.GetProperty("flagged").GetBoolean());
        rows.Last().GetProperty("lost").EnumerateArray().First().GetProperty("title").GetString().ShouldNotBeNullOrEmpty();

        // Frozen: no more scoring; reopening needs a reason and is audited.
        (await (await staff.PutAsJsonAsync($"{sheetUrl}/review", new { items = Array.Empty<object>(), action = 0, version = full.GetProperty("version").GetInt64() + 1 }))
            .Problem(HttpStatusCode.Conflict)).ToString().ShouldContain("已冻结");
        (await r1.PutAsJsonAsync($"{sheetUrl}/reviewer-scores", new { items = new[] { new { indicatorId = items["台账"], score = "30" } } })).StatusCode.ShouldBe(HttpStatusCode.Conflict);

        var pdf = await town.GetAsync($"{sheetUrl}/notice.pdf");
        pdf.StatusCode.ShouldBe(HttpStatusCode.OK, await pdf.Content.ReadAsStringAsync());
        pdf.Content.Headers.ContentType!.MediaType.ShouldBe("application/pdf");
        using (var document = PdfDocument.Open(await pdf.Content.ReadAsByteArrayAsync()))
        {
            var text = string.Concat(document.GetPages().Select(p => p.Text)).Replace(" ", "");
            text.ShouldContain("坛山街道");
            text.ShouldContain("60.5");
            text.ShouldContain("排名第1位");
        }
        var excel = await town.GetAsync("/api/v1/assessment/results/export?year=2044");
        excel.StatusCode.ShouldBe(HttpStatusCode.OK);
        using (var stream = new MemoryStream(await excel.Content.ReadAsByteArrayAsync()))
        {
            var table = MiniExcelLibs.MiniExcel.Query(stream, useHeaderRow: false).Cast<IDictionary<string, object>>().ToList();
            table[3]["A"].ShouldBe("名次");
            table[4]["B"].ShouldBe("坛山街道");
            Convert.ToDecimal(table[4]["E"]).ShouldBe(60.5m);
        }

        (await staff.PostAsJsonAsync($"{sheetUrl}/reopen", new { reason = "" })).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await staff.PostAsJsonAsync($"{sheetUrl}/reopen", new { reason = "评审人二复核台账分" })).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await town.GetJson("/api/v1/assessment/results?year=2044")).GetProperty("rows").GetArrayLength().ShouldBe(7);
        (await town.GetAsync($"{sheetUrl}/notice.pdf")).StatusCode.ShouldBe(HttpStatusCode.Conflict);
        var auditor = await app.SignInAs("auditor");
        var audit = (await auditor.GetJson($"/api/v1/audit?event=reopen&objectId={id}")).Items().ToList();
        audit.Count.ShouldBe(1);
        audit[0].ToString().ShouldContain("评审人二复核台账分");
    }

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
        y2020.GetProperty("rows").EnumerateArray().ShouldAllBe(r => r.GetProperty("lastYear").ValueKind == JsonValueKind.Number);
        var town = await app.SignInAs("town3");
        var townView = await town.GetJson("/api/v1/assessment/results?year=2020");
        townView.GetProperty("preview").GetBoolean().ShouldBeFalse();
        townView.GetProperty("rows").EnumerateArray().ShouldBeEmpty();
        (await town.GetJson("/api/v1/assessment/results?year=2019")).GetProperty("rows").GetArrayLength().ShouldBe(8); // the published ranking is public to the towns
    }
}

public sealed class AssessmentTestsSqlite(SqliteApp app) : AssessmentTests(app);
public sealed class AssessmentTestsPostgres(PostgresApp app) : AssessmentTests(app);
