using Microsoft.EntityFrameworkCore;
using Tongxin.Domain.Duties;
using Tongxin.Web.Features.Duties;
using static Tongxin.Web.Tests.Duties.DutiesHelpers;

namespace Tongxin.Web.Tests.Duties;

/// <summary>The compliance view: done, missed and behind, and node rules counted by subtree (OBL-2, OBL-3).</summary>
public abstract class DutyComplianceTests(TestApp app)
{
    [Fact]
    [Trait("Req", "OBL-2")]
    [Trait("Req", "OBL-3")]
    public async Task A_past_year_is_done_or_missed_and_this_year_shows_what_is_behind_and_why()
    {
        var staff = await app.SignInAs("staff");
        var past = await AllCompliance(staff, 2019);
        past.ShouldNotBeEmpty();
        // 已完成 or 未完成
        past.ShouldAllBe(r => r.Status == DutyStatus.Done || r.Status == DutyStatus.Missed);
        past.Select(r => r.Code).Distinct().ShouldContain("R10");

        var now = await AllCompliance(staff, ThisYear);
        var r7 = now.Single(r => r.Code == "R7");
        r7.Done.ShouldBe(1);
        r7.Required.ShouldBe(3);
        r7.WithoutEvidence.ShouldBe(1);
        r7.Status.ShouldBeOneOf(DutyStatus.Behind, DutyStatus.Missed);
        var drill = await DrillDown(staff, r7, ThisYear);
        drill.Count(a => a.Counted).ShouldBe(1);
        drill.ShouldContain(a => !a.Counted && a.Reason!.Contains("佐证"));

        var r10 = now.Where(r => r.Code == "R10").ToList();
        r10.Count.ShouldBeGreaterThan(50); // every village
        r10.ShouldContain(r => r.Done < 2 && r.Status != DutyStatus.Done);
        var filtered = await Compliance(staff, "&status=Behind");
        filtered.ShouldAllBe(r => r.Status == DutyStatus.Behind);

        var export = await staff.GetAsync($"/api/v1/duties/compliance/export?year={ThisYear}&status=Behind");
        export.StatusCode.ShouldBe(HttpStatusCode.OK);
        using var stream = new MemoryStream(await export.Content.ReadAsByteArrayAsync());
        var rows = MiniExcelLibs.MiniExcel.Query(stream, useHeaderRow: false)
            .Cast<IDictionary<string, object>>().ToList();
        rows[3]["A"].ShouldBe("任务编号");
        // Named in Beijing time, the time its 导出时间 line shows (issue 15: it was named in UTC).
        export.Content.Headers.ContentDisposition!.FileNameStar
            .ShouldBe(Export.ListExportTests.Named($"制度落实情况_{ThisYear}", rows[2]["A"].ToString()!));
        rows.Skip(4).ShouldAllBe(x => x["E"].ToString() == "滞后");
    }

    [Fact]
    [Trait("Req", "OBL-2")]
    public async Task A_node_rule_counts_the_same_by_its_subtree_as_by_the_list_of_its_nodes()
    {
        // A province's 70,000 villages are counted by reading the rule's subtree, a county's by looking up each
        // village: both must give every village the same count (the demo's 2020, which no other test writes to).
        const int year = 2020;
        await app.WithDb("/", async db =>
        {
            var rule = await db.DutyRules.AsNoTracking().SingleAsync(r => r.Code == "R10");
            foreach (var within in new string?[] { null, "/37/3704/370404/370404001/" })
            {
                var ids = (await DutySubjects.ForAsync(db, rule, within, default)).Select(s => s.Id).ToList();
                ids.ShouldNotBeEmpty();
                var byList = await DutyCounts.ForAsync(db, rule, year, ids, within, default);
                var bySubtree = await DutyCounts.ForAsync(db, rule, year, ids, within, default, nodeListLimit: 0);
                byList.Values.Sum(c => c.Counted).ShouldBeGreaterThan(0);
                bySubtree.Where(c => ids.Contains(c.Key)).OrderBy(c => c.Key).ShouldBe(byList.OrderBy(c => c.Key));
            }
            return true;
        });
    }
}

public sealed class DutyComplianceTestsSqlite(SqliteApp app) : DutyComplianceTests(app);
public sealed class DutyComplianceTestsPostgres(PostgresApp app) : DutyComplianceTests(app);
