using Microsoft.EntityFrameworkCore;
using Tongxin.Data.Entities;
using Tongxin.Domain.Duties;
using Tongxin.Web.Features.Duties;
using static Tongxin.Web.Tests.Duties.DutiesHelpers;
using static Tongxin.Web.Tests.Infrastructure.TestData;

namespace Tongxin.Web.Tests.Duties;

/// <summary>Editing duty rules (OBL-5).</summary>
public abstract class DutyRulesTests(TestApp app)
{
    /// <summary>A rule for every town's 统战办公室 (a body type), counting activities of the given
    /// types.</summary>
    private static SaveDutyRule.Request TownOfficeRule(string code, string title, string[] types, bool active = true,
        long version = 0) =>
        new(code, title, DutySubjectKind.BodyType, SubjectBodyId: null, SubjectBodyType: BodyType.TownOffice,
            SubjectLevel: null, ActivityTypes: types, Minimum: 2, DayOfMonth: null, EvidenceRequired: false,
            DocumentId: null, Clause: null, Active: active, Version: version);

    [Fact]
    [Trait("Req", "OBL-5")]
    [Trait("Req", "SEC-25")]
    [Trait("Req", "SEC-10")]
    public async Task Editing_a_rule_recomputes_statuses_and_towns_cannot_change_district_rules()
    {
        var staff = await app.SignInAs("staff");
        var code = "T" + Guid.NewGuid().ToString("N")[..5];
        var create = await staff.PostAsJsonAsync("/api/v1/duties/rules",
            TownOfficeRule(code, "镇街统战办公室每年开展调研督查", ["T07"]));
        create.StatusCode.ShouldBe(HttpStatusCode.Created, await create.Content.ReadAsStringAsync());
        var id = await create.CreatedId();
        var rows = await Compliance(staff, $"&ruleId={id}");
        rows.Count.ShouldBe(8);
        rows.ShouldAllBe(r => r.Done == 0);

        var version = (await Rules(staff)).Single(r => r.Id == id).Rule.Version;
        SaveDutyRule.Request Edit(string[] types, long v, bool active = true) =>
            TownOfficeRule(code, "镇街统战办公室每年召开座谈会", types, active, v);
        (await staff.PutAsJsonAsync($"/api/v1/duties/rules/{id}",
            Edit(["T05"], version))).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        // stale
        (await staff.PutAsJsonAsync($"/api/v1/duties/rules/{id}",
            Edit(["T05", "T07"], version))).StatusCode.ShouldBe(HttpStatusCode.Conflict);
        var recomputed = await Compliance(staff, $"&ruleId={id}");
        var wulin = recomputed.Single(r => r.Subject == "吴林街道统战办公室");
        wulin.Done.ShouldBeGreaterThanOrEqualTo(2); // the demo's 商会座谈会 now count
        wulin.Status.ShouldBe(DutyStatus.Done);

        var empty = new SaveDutyRule.Request("", "", DutySubjectKind.Body, null, null, null, [], 0, null, false, null,
            null);
        (await (await staff.PostAsJsonAsync("/api/v1/duties/rules", empty))
            .Problem(HttpStatusCode.BadRequest)).GetProperty("errors").EnumerateObject().Select(p => p.Name).ShouldBe(
                ["Code", "Title", "ActivityTypes", "Minimum", "SubjectBodyId"], ignoreOrder: true);

        var town1 = await app.SignInAs("town1");
        (await town1.PutAsJsonAsync($"/api/v1/duties/rules/{id}",
            Edit(["T05"], version + 1))).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var leader = await app.SignInAs("leader");
        (await leader.PostAsJsonAsync("/api/v1/activities",
            Activity(DateOnly.FromDateTime(DateTime.UtcNow), "T01", "只读"))).StatusCode
            .ShouldBe(HttpStatusCode.Forbidden);
        (await Rules(town1)).ShouldContain(r => r.Id == id && !r.Editable);

        var current = (await Rules(staff)).Single(r => r.Id == id).Rule.Version;
        (await staff.PutAsJsonAsync($"/api/v1/duties/rules/{id}",
            Edit(["T05"], current, active: false))).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await Compliance(staff, $"&ruleId={id}")).ShouldBeEmpty();
    }

    [Fact]
    [Trait("Req", "OBL-5")]
    public async Task A_rules_text_follows_its_minimum_when_the_minimum_is_edited()
    {
        // its own rule: the demo's R7 is read by the compliance tests in the same app
        var staff = await app.SignInAs("staff");
        var code = "M" + Guid.NewGuid().ToString("N")[..5];
        var rule = TownOfficeRule(code, "镇街统战办公室每年召开专题会议不少于 3 次", ["T05"]) with { Minimum = 3 };
        var create = await staff.PostAsJsonAsync("/api/v1/duties/rules", rule);
        create.StatusCode.ShouldBe(HttpStatusCode.Created, await create.Content.ReadAsStringAsync());
        var id = await create.CreatedId();
        var saved = (await Rules(staff)).Single(r => r.Id == id);
        saved.Title.ShouldContain("不少于 3 次");

        var edited = await staff.PutAsJsonAsync($"/api/v1/duties/rules/{id}",
            rule with { Minimum = 2, Version = saved.Rule.Version });
        edited.StatusCode.ShouldBe(HttpStatusCode.NoContent, await edited.Content.ReadAsStringAsync());

        var title = (await Rules(staff)).Single(r => r.Id == id).Title;
        title.ShouldBe("镇街统战办公室每年召开专题会议不少于 2 次");
    }

    private static Task<List<DutyRuleRow>> Rules(HttpClient c) => c.Get<List<DutyRuleRow>>("/api/v1/duties/rules");
}

public sealed class DutyRulesTestsSqlite(SqliteApp app) : DutyRulesTests(app);
public sealed class DutyRulesTestsPostgres(PostgresApp app) : DutyRulesTests(app);
