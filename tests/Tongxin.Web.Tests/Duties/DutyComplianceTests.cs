using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Tongxin.Web.Features.Duties;
using Tongxin.Web.Tests.Infrastructure;
using static Tongxin.Web.Tests.Duties.DutiesHelpers;
using static Tongxin.Web.Tests.Infrastructure.TestData;

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
        past.ShouldAllBe(r => r.GetProperty("status").GetInt32() == 1 || r.GetProperty("status").GetInt32() == 4);
        past.Select(r => r.GetProperty("code").GetString()).Distinct().ShouldContain("R10");

        var now = await AllCompliance(staff, ThisYear);
        var r7 = now.Single(r => r.GetProperty("code").GetString() == "R7");
        r7.GetProperty("done").GetInt32().ShouldBe(1);
        r7.GetProperty("required").GetInt32().ShouldBe(3);
        r7.GetProperty("withoutEvidence").GetInt32().ShouldBe(1);
        r7.GetProperty("status").GetInt32().ShouldBeOneOf(3, 4);
        var (rule7, subject7) = (r7.GetProperty("ruleId"), r7.GetProperty("subjectId"));
        var drill = (await staff.GetJson(
                $"/api/v1/duties/compliance/activities?ruleId={rule7}&subjectId={subject7}&year={ThisYear}"))
            .EnumerateArray().ToList();
        drill.Count(a => a.GetProperty("counted").GetBoolean()).ShouldBe(1);
        drill.ShouldContain(a => !a.GetProperty("counted").GetBoolean() && a.GetProperty("reason")
            .GetString()!.Contains("佐证"));

        var r10 = now.Where(r => r.GetProperty("code").GetString() == "R10").ToList();
        r10.Count.ShouldBeGreaterThan(50); // every village
        r10.ShouldContain(r => r.GetProperty("done").GetInt32() < 2 && r.GetProperty("status").GetInt32() != 1);
        var filtered = await Compliance(staff, "&status=Behind");
        filtered.ShouldAllBe(r => r.GetProperty("status").GetInt32() == 3);

        var export = await staff.GetAsync($"/api/v1/duties/compliance/export?year={ThisYear}&status=Behind");
        export.StatusCode.ShouldBe(HttpStatusCode.OK);
        using var stream = new MemoryStream(await export.Content.ReadAsByteArrayAsync());
        var rows = MiniExcelLibs.MiniExcel.Query(stream, useHeaderRow: false).Cast<IDictionary<string,
            object>>().ToList();
        rows[3]["A"].ShouldBe("任务编号");
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
