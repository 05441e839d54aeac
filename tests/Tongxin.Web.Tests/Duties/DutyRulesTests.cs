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

/// <summary>Editing duty rules (OBL-5).</summary>
public abstract class DutyRulesTests(TestApp app)
{
    [Fact]
    [Trait("Req", "OBL-5")]
    [Trait("Req", "SEC-25")]
    [Trait("Req", "SEC-10")]
    public async Task Editing_a_rule_recomputes_statuses_and_towns_cannot_change_district_rules()
    {
        var staff = await app.SignInAs("staff");
        var code = "T" + Guid.NewGuid().ToString("N")[..5];
        var create = await staff.PostAsJsonAsync("/api/v1/duties/rules", new
        {
            code, title = "镇街统战办公室每年开展调研督查", subjectKind = 2, subjectBodyType = 11, activityTypes = new[] { "T07" },
                minimum = 2, evidenceRequired = false,
        });
        create.StatusCode.ShouldBe(HttpStatusCode.Created, await create.Content.ReadAsStringAsync());
        var id = await create.CreatedId();
        var rows = await Compliance(staff, $"&ruleId={id}");
        rows.Count.ShouldBe(8);
        rows.ShouldAllBe(r => r.GetProperty("done").GetInt32() == 0);

        var rule = (await staff.GetJson("/api/v1/duties/rules")).EnumerateArray()
            .Single(r => r.GetProperty("id").GetGuid() == id);
        var version = rule.GetProperty("rule").GetProperty("version").GetInt64();
        object Edit(string[] types, long v, bool active = true) => new
        {
            code, title = "镇街统战办公室每年召开座谈会", subjectKind = 2, subjectBodyType = 11, activityTypes = types, minimum = 2,
                evidenceRequired = false, active, version = v,
        };
        (await staff.PutAsJsonAsync($"/api/v1/duties/rules/{id}",
            Edit(["T05"], version))).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        // stale
        (await staff.PutAsJsonAsync($"/api/v1/duties/rules/{id}",
            Edit(["T05", "T07"], version))).StatusCode.ShouldBe(HttpStatusCode.Conflict);
        var recomputed = await Compliance(staff, $"&ruleId={id}");
        var wulin = recomputed.Single(r => r.GetProperty("subject").GetString() == "吴林街道统战办公室");
        wulin.GetProperty("done").GetInt32().ShouldBeGreaterThanOrEqualTo(2); // the demo's 商会座谈会 now count
        wulin.GetProperty("status").GetInt32().ShouldBe(1);

        (await (await staff.PostAsJsonAsync("/api/v1/duties/rules",
            new { code = "", title = "", subjectKind = 1, activityTypes = Array.Empty<string>(), minimum = 0 }))
            .Problem(HttpStatusCode.BadRequest)).GetProperty("errors").EnumerateObject().Select(p => p.Name).ShouldBe(
                ["Code", "Title", "ActivityTypes", "Minimum", "SubjectBodyId"], ignoreOrder: true);

        var town1 = await app.SignInAs("town1");
        (await town1.PutAsJsonAsync($"/api/v1/duties/rules/{id}",
            Edit(["T05"], version + 1))).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var leader = await app.SignInAs("leader");
        (await leader.PostAsJsonAsync("/api/v1/activities",
            new { date = DateTime.UtcNow.ToString("yyyy-MM-dd"), type = "T01",
                topic = "只读" })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await town1.GetJson("/api/v1/duties/rules")).EnumerateArray()
            .ShouldContain(r => r.GetProperty("id").GetGuid() == id && !r.GetProperty("editable").GetBoolean());

        var current = (await staff.GetJson("/api/v1/duties/rules")).EnumerateArray()
            .Single(r => r.GetProperty("id").GetGuid() == id).GetProperty("rule").GetProperty("version").GetInt64();
        (await staff.PutAsJsonAsync($"/api/v1/duties/rules/{id}",
            Edit(["T05"], current, active: false))).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await Compliance(staff, $"&ruleId={id}")).ShouldBeEmpty();
    }
}

public sealed class DutyRulesTestsSqlite(SqliteApp app) : DutyRulesTests(app);
public sealed class DutyRulesTestsPostgres(PostgresApp app) : DutyRulesTests(app);
