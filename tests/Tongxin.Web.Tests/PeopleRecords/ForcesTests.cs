using System.Text.Json;
using static Tongxin.Web.Tests.Infrastructure.TestData;

namespace Tongxin.Web.Tests.PeopleRecords;

/// <summary>Town officers and village liaisons: coverage and appointment rules (ORG-3..5).</summary>
public abstract class ForcesTests(TestApp app)
{
    [Fact]
    [Trait("Req", "ORG-3")]
    [Trait("Req", "ORG-4")]
    public async Task Town_forces_match_the_seed_flag_gaps_and_officer_appointments_name_the_rule_that_failed()
    {
        var staff = await app.SignInAs("staff");
        var coverage = await staff.GetJson("/api/v1/forces/towns");
        coverage.GetProperty("totalStaff").GetInt32().ShouldBeGreaterThanOrEqualTo(25);
        coverage.GetProperty("sectionLevelStaff").GetInt32().ShouldBeGreaterThanOrEqualTo(10);
        var towns = coverage.GetProperty("towns").EnumerateArray().ToList();
        towns.Count.ShouldBe(8);
        var zone = towns.Single(t => t.GetProperty("town").GetString() == "经济开发区");
        zone.GetProperty("missing").EnumerateArray().Select(m => m.GetString()).ShouldContain("统战委员");

        var town = await staff.Node("阴平镇");
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var old = await staff.NewPerson(town, Unique("超龄"), "A11", "D02", today.AddYears(-38));
        var college = await staff.NewPerson(town, Unique("专科"), "A11", "D03", today.AddYears(-30));
        var outsider = await staff.NewPerson(await staff.Node("古邵镇"), Unique("外镇"), "A11", "D02",
            today.AddYears(-30));
        var fit = await staff.NewPerson(town, Unique("合格"), "A11", "D01", today.AddYears(-38));
        async Task<JsonElement> Appoint(Guid person, bool exceptional = false, string? reason = null) =>
            await (await staff.PostAsJsonAsync("/api/v1/forces/town-officers",
                new
                {
                    townId = town, personId = person, role = 2, appointedOn = today, exceptional,
                    exceptionalReason = reason
                }))
                .Problem(HttpStatusCode.BadRequest);
        string Rules(JsonElement e) => string.Join(" ",
            e.GetProperty("errors").EnumerateObject()
                .SelectMany(p => p.Value.EnumerateArray().Select(x => x.GetString())));

        Rules(await Appoint(old)).ShouldContain("超过 35 周岁");
        Rules(await Appoint(old, true)).ShouldContain("须填写书面理由");
        Rules(await Appoint(college)).ShouldContain("大学本科及以上");
        Rules(await Appoint(outsider)).ShouldContain("不属于阴平镇");
        // the demo town has one
        Rules(await Appoint(fit, true, "长期从事民族宗教工作，成绩突出"))
            .ShouldContain("已有在任统战干事");

        var current = towns.Single(t => t.GetProperty("town").GetString() == "阴平镇")
            .GetProperty("officers")[0].GetProperty("appointmentId").GetGuid();
        (await staff.PostAsync($"/api/v1/forces/{current}/end", null)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        var flagged = (await staff.GetJson("/api/v1/forces/towns")).GetProperty("towns").EnumerateArray()
            .Single(t => t.GetProperty("town").GetString() == "阴平镇");
        flagged.GetProperty("missing").EnumerateArray().Select(m => m.GetString()).ShouldContain("统战干事");
        var ok = await staff.PostAsJsonAsync("/api/v1/forces/town-officers",
            new
            {
                townId = town, personId = fit, role = 2, appointedOn = today, exceptional = true,
                exceptionalReason = "长期从事民族宗教工作，成绩突出"
            });
        ok.StatusCode.ShouldBe(HttpStatusCode.Created, await ok.Content.ReadAsStringAsync());
        var after = (await staff.GetJson("/api/v1/forces/towns")).GetProperty("towns").EnumerateArray()
            .Single(t => t.GetProperty("town").GetString() == "阴平镇");
        after.GetProperty("missing").GetArrayLength().ShouldBe(0);
        after.GetProperty("officers")[0].GetProperty("exceptional").GetBoolean().ShouldBeTrue();

        var town1 = await app.SignInAs("town1");
        (await town1.GetJson("/api/v1/forces/towns")).GetProperty("towns").EnumerateArray()
            .Select(t => t.GetProperty("town").GetString()).ShouldBe(["坛山街道"]);
    }

    [Fact]
    [Trait("Req", "ORG-5")]
    public async Task Village_coverage_lists_every_village_missing_a_liaison_or_coordinator_per_town()
    {
        var staff = await app.SignInAs("staff");
        var coverage = await staff.GetJson("/api/v1/forces/villages");
        var rows = coverage.GetProperty("towns").EnumerateArray().ToList();
        rows.Sum(r => r.GetProperty("villages").GetInt32()).ShouldBe(coverage.GetProperty("villages").GetInt32());
        var withGap = rows.First(r => r.GetProperty("gaps").GetArrayLength() > 0 && r.GetProperty("town")
            .GetString() == "榴园镇");
        var gap = withGap.GetProperty("gaps")[0];
        var village = gap.GetProperty("villageId").GetGuid();
        var role = gap.GetProperty("missing")[0].GetString() == "统战工作联络员" ? 1 : 2;
        var otherRole = 3 - role;

        var person = await staff.NewPerson(village, Unique("书记"), "A11", "D03");
        (await (await staff.PostAsJsonAsync("/api/v1/forces/village-liaisons",
            new { villageId = village, personId = person, role = otherRole, appointedOn = "2025-01-01" }))
            .Problem(HttpStatusCode.BadRequest)).GetProperty("errors")
            .GetProperty("Role")[0].GetString()!.ShouldContain("已有在任");
        var town = await staff.Node("榴园镇");
        (await staff.PostAsJsonAsync("/api/v1/forces/village-liaisons",
            new
            {
                villageId = town, personId = person, role,
                appointedOn = "2025-01-01"
            })).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await staff.PostAsJsonAsync("/api/v1/forces/village-liaisons",
            new
            {
                villageId = village, personId = person, role,
                appointedOn = "2025-01-01"
            })).StatusCode.ShouldBe(HttpStatusCode.Created);
        var after = (await staff.GetJson($"/api/v1/forces/villages?townId={town}")).GetProperty("towns")[0];
        after.GetProperty("gaps").EnumerateArray().Where(g => g.GetProperty("villageId").GetGuid() == village)
            .SelectMany(g => g.GetProperty("missing").EnumerateArray().Select(m => m.GetString()))
            .ShouldNotContain(gap.GetProperty("missing")[0].GetString());

        var village1 = await app.SignInAs("village1");
        var own = (await village1.GetJson("/api/v1/forces/villages")).GetProperty("villages").GetInt32();
        own.ShouldBe(0); // a village user's scope holds no town row: the view is per town
    }
}

public sealed class ForcesTestsSqlite(SqliteApp app) : ForcesTests(app);
public sealed class ForcesTestsPostgres(PostgresApp app) : ForcesTests(app);
