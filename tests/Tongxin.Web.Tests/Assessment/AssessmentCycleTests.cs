using Tongxin.Data.Entities;
using Tongxin.Web.Features.Assessment;
using UglyToad.PdfPig;
using Review = Tongxin.Web.Features.Assessment.SaveDistrictReview;

namespace Tongxin.Web.Tests.Assessment;

/// <summary>A year from self-assessment through joint review to a frozen published ranking (ASM-2..5).</summary>
public abstract class AssessmentCycleTests(TestApp app)
{
    private static ItemScoreInput S(Guid indicator, string score, string? note = null) => new(indicator, score, note);

    private static Task<List<AssessmentRow>> Assessments(HttpClient c) =>
        c.Get<List<AssessmentRow>>("/api/v1/assessment/assessments?year=2044");

    private static Task<ResultsDto> Results(HttpClient c) =>
        c.Get<ResultsDto>("/api/v1/assessment/results?year=2044");

    [Fact]
    [Trait("Req", "ASM-3")]
    public async Task A_reviewers_own_score_starts_at_zero_with_the_automatic_items_shown_apart()
    {
        var staff = await app.SignInAs("staff");
        var (scheme, items) = await staff.NewScheme(2046,
            ("基础工作", [("台账", "30", null), ("例会", "30", null)]),
            ("机构建设", [("干事", "40", "town-officer")]));
        var version = (await staff.Get<SchemeDetail>($"/api/v1/assessment/schemes/{scheme}")).Scheme.Version;
        (await staff.PostAsync($"/api/v1/assessment/schemes/{scheme}/publish?version={version}",
            null)).StatusCode.ShouldBe(HttpStatusCode.OK);
        var reviewers = (await staff.Get<List<ReviewerOption>>("/api/v1/assessment/reviewers"))
            .ToDictionary(r => r.Name, r => r.Id);
        var town = await app.SignInAs("town1");
        var id = (await town.Get<List<AssessmentRow>>("/api/v1/assessment/assessments?year=2046")).Single().Id;
        var url = $"/api/v1/assessment/assessments/{id}";
        (await town.PutAsJsonAsync($"{url}/self", new SaveSelfAssessment.Request(
                [S(items["台账"], "25", "有"), S(items["例会"], "20", "有")], true,
                (await town.Get<SheetDto>(url)).Version)))
            .StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await staff.PutAsJsonAsync($"{url}/review", new Review.Request(
                [S(items["台账"], "24", ""), S(items["例会"], "20", "")], Review.Action.ToJointReview, null,
                [reviewers["评审人（演示）"]], (await staff.Get<SheetDto>(url)).Version)))
            .StatusCode.ShouldBe(HttpStatusCode.NoContent);

        var reviewer = await app.SignInAs("reviewer");
        var before = await reviewer.Get<SheetDto>(url);
        before.AutoTotal.ShouldBeGreaterThan(0); // 坛山街道 has its officer
        before.Reviewers.Single().Own.ShouldBe(0); // nothing scored yet
        before.Reviewers.Single().Total.ShouldBe(before.AutoTotal);
        (await reviewer.PutAsJsonAsync($"{url}/reviewer-scores",
            new SaveReviewerScores.Request([S(items["台账"], "26")]))).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        var after = (await reviewer.Get<SheetDto>(url)).Reviewers.Single();
        after.Own.ShouldBe(260);
        after.Total.ShouldBe(before.AutoTotal + 260);
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
        var (scheme, items) = await staff.NewScheme(2044,
            ("基础工作", [("台账", "30", null), ("汇报", "30", "duty:R1")]),
            ("宣教培训", [("培训", "40", null)]));
        var version = (await staff.Get<SchemeDetail>($"/api/v1/assessment/schemes/{scheme}")).Scheme.Version;
        (await staff.PostAsync($"/api/v1/assessment/schemes/{scheme}/publish?version={version}",
            null)).StatusCode.ShouldBe(HttpStatusCode.OK);
        var all = await Assessments(staff);
        all.Count.ShouldBe(8);
        var reviewers = (await staff.Get<List<ReviewerOption>>("/api/v1/assessment/reviewers"))
            .ToDictionary(r => r.Name, r => r.Id);

        // 自评: town1 sees only its own; an item without evidence is accepted but claims nothing.
        var town = await app.SignInAs("town1");
        var mine = (await Assessments(town)).Single();
        mine.Node.ShouldBe("坛山街道");
        var id = mine.Id;
        var other = all.First(a => a.Node != "坛山街道").Id;
        (await town.GetAsync($"/api/v1/assessment/assessments/{other}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var sheetUrl = $"/api/v1/assessment/assessments/{id}";
        var sheet = await town.Get<SheetDto>(sheetUrl);
        var auto = sheet.Item("汇报");
        auto.AutoFacts!.ShouldContain("R1");
        auto.AutoScore.ShouldBe(0); // no report heard in 2044
        var early = await town.PutAsJsonAsync($"{sheetUrl}/self",
            new SaveSelfAssessment.Request([S(items["台账"], "25", "台账齐全")], true, sheet.Version));
        (await early.Problem(HttpStatusCode.BadRequest)).ToString().ShouldContain("还有 1 项未自评");
        (await town.PutAsJsonAsync($"{sheetUrl}/self",
                new SaveSelfAssessment.Request([S(items["台账"], "31", "x")], false, sheet.Version)))
            .StatusCode.ShouldBe(HttpStatusCode.BadRequest); // above the item's points
        var self = await town.PutAsJsonAsync($"{sheetUrl}/self", new SaveSelfAssessment.Request(
            [S(items["台账"], "25", "台账齐全"), S(items["培训"], "38", "")], true, sheet.Version));
        self.StatusCode.ShouldBe(HttpStatusCode.NoContent, await self.Content.ReadAsStringAsync());
        sheet = await town.Get<SheetDto>(sheetUrl);
        sheet.Stage.ShouldBe(AssessmentStage.DistrictReview);
        sheet.SelfTotal.ShouldBe(250);
        (await town.PutAsJsonAsync($"{sheetUrl}/self", new SaveSelfAssessment.Request([], false, sheet.Version)))
            .StatusCode.ShouldBe(HttpStatusCode.Conflict);
        // nothing to see before publication
        (await Results(town)).Rows.ShouldBeEmpty();

        // 审核评分 with a stale version is refused; then to 联评 with two reviewers.
        var stale = await staff.PutAsJsonAsync($"{sheetUrl}/review",
            new Review.Request([], Review.Action.Save, null, null, 0));
        stale.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        var review = await staff.PutAsJsonAsync($"{sheetUrl}/review", new Review.Request(
            [S(items["台账"], "24", "查阅台账"), S(items["培训"], "35", "")], Review.Action.ToJointReview, null,
            [reviewers["评审人（演示）"], reviewers["评审人二（演示）"]], sheet.Version));
        review.StatusCode.ShouldBe(HttpStatusCode.NoContent, await review.Content.ReadAsStringAsync());

        // 联评: a reviewer sees only what is assigned, and only their own column.
        var r1 = await app.SignInAs("reviewer");
        (await Assessments(r1)).Select(a => a.Id).ShouldBe([id]);
        (await r1.GetAsync($"/api/v1/assessment/assessments/{other}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await r1.GetAsync("/api/v1/assessment/results?year=2019")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await r1.PutAsJsonAsync($"{sheetUrl}/reviewer-scores",
                new SaveReviewerScores.Request([S(items["台账"], "26"), S(items["培训"], "36")])))
            .StatusCode.ShouldBe(HttpStatusCode.NoContent);
        var r2 = await app.SignInAs("reviewer2");
        (await r2.PutAsJsonAsync($"{sheetUrl}/reviewer-scores",
            new SaveReviewerScores.Request([S(items["台账"], "23")]))).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        var r3 = await app.SignInAs("reviewer3");
        (await r3.GetAsync(sheetUrl)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await r3.PutAsJsonAsync($"{sheetUrl}/reviewer-scores",
            new SaveReviewerScores.Request([S(items["台账"], "1")]))).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var asReviewer = await r2.Get<SheetDto>(sheetUrl);
        asReviewer.Reviewers.Count.ShouldBe(1);
        var full = await staff.Get<SheetDto>(sheetUrl);
        full.Reviewers.Select(r => r.Total).ShouldBe([260 + 360, 230], ignoreOrder: true);
        full.Item("台账").Final.ShouldBe(245); // (26 + 23) / 2 = 24.5
        var training = full.Item("培训");
        training.Final.ShouldBe(360);
        training.ReviewersMissing.ShouldBe(1);
        full.Total.ShouldBe(605);

        // Publishing waits for every town, naming those not ready; then all of them go at once.
        (await (await staff.PostAsync($"/api/v1/assessment/schemes/{scheme}/publish-results",
            null)).Problem(HttpStatusCode.Conflict)).ToString().ShouldContain("尚未进入联评");
        for (var n = 2; n <= 8; n++)
        {
            var t = await app.SignInAs($"town{n}");
            var a = (await Assessments(t)).Single().Id;
            var url = $"/api/v1/assessment/assessments/{a}";
            (await t.PutAsJsonAsync($"{url}/self", new SaveSelfAssessment.Request(
                    [S(items["台账"], $"{10 + n}", "有"), S(items["培训"], $"{20 + n}", "有")], true,
                    (await t.Get<SheetDto>(url)).Version)))
                .StatusCode.ShouldBe(HttpStatusCode.NoContent);
            (await staff.PutAsJsonAsync($"{url}/review", new Review.Request(
                    [S(items["台账"], $"{10 + n}", ""), S(items["培训"], $"{20 + n}", "")],
                    Review.Action.ToJointReview,
                    null, [reviewers["评审人三（演示）"]], (await staff.Get<SheetDto>(url)).Version)))
                .StatusCode.ShouldBe(HttpStatusCode.NoContent);
        }
        var published = await staff.PostAsync($"/api/v1/assessment/schemes/{scheme}/publish-results", null);
        published.StatusCode.ShouldBe(HttpStatusCode.OK, await published.Content.ReadAsStringAsync());

        var results = await Results(town);
        results.Preview.ShouldBeFalse();
        var rows = results.Rows;
        rows.Count.ShouldBe(8);
        var first = rows[0];
        first.Town.ShouldBe("坛山街道");
        first.Rank.ShouldBe(1);
        first.Total.ShouldBe(605);
        rows.Where(r => r.Total < 600).ShouldAllBe(r => r.Flagged);
        rows.Last().Lost.First().Title.ShouldNotBeNullOrEmpty();

        // Frozen: no more scoring; reopening needs a reason and is audited.
        (await (await staff.PutAsJsonAsync($"{sheetUrl}/review",
                new Review.Request([], Review.Action.Save, null, null, full.Version + 1)))
            .Problem(HttpStatusCode.Conflict)).ToString().ShouldContain("已冻结");
        (await r1.PutAsJsonAsync($"{sheetUrl}/reviewer-scores",
            new SaveReviewerScores.Request([S(items["台账"], "30")]))).StatusCode.ShouldBe(HttpStatusCode.Conflict);

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
            var table = MiniExcelLibs.MiniExcel.Query(stream, useHeaderRow: false)
                .Cast<IDictionary<string, object>>().ToList();
            table[3]["A"].ShouldBe("名次");
            table[4]["B"].ShouldBe("坛山街道");
            Convert.ToDecimal(table[4]["E"]).ShouldBe(60.5m);
        }

        (await staff.PostAsJsonAsync($"{sheetUrl}/reopen",
            new Reasoned(""))).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await staff.PostAsJsonAsync($"{sheetUrl}/reopen",
            new Reasoned("评审人二复核台账分"))).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await Results(town)).Rows.Count.ShouldBe(7);
        (await town.GetAsync($"{sheetUrl}/notice.pdf")).StatusCode.ShouldBe(HttpStatusCode.Conflict);
        var auditor = await app.SignInAs("auditor");
        var audit = (await auditor.Get<Page<AuditRow>>($"/api/v1/audit?event=reopen&objectId={id}")).Items;
        audit.Count.ShouldBe(1);
        audit[0].ToString().ShouldContain("评审人二复核台账分");
    }
}

public sealed class AssessmentCycleTestsSqlite(SqliteApp app) : AssessmentCycleTests(app);
public sealed class AssessmentCycleTestsPostgres(PostgresApp app) : AssessmentCycleTests(app);
