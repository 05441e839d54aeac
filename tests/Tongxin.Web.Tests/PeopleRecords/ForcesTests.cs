using System.Text.Json;
using Tongxin.Data.Entities;
using Tongxin.Web.Features.Forces;
using static Tongxin.Web.Tests.Infrastructure.TestData;

namespace Tongxin.Web.Tests.PeopleRecords;

/// <summary>Town officers and village liaisons: coverage and appointment rules (ORG-3..5).</summary>
public abstract class ForcesTests(TestApp app)
{
    private sealed record TownHolder(Guid AppointmentId, Guid PersonId, string Name, bool Exceptional);

    private sealed record TownForces(Guid TownId, string Town, List<TownHolder> Officers, List<string> Missing);

    private sealed record TownCoverageDto(List<TownForces> Towns, int TotalStaff, int SectionLevelStaff)
    {
        public TownForces Of(string town) => Towns.Single(t => t.Town == town);
    }

    private sealed record VillageGap(Guid VillageId, string Village, List<string> Missing);

    private sealed record VillageTown(Guid TownId, string Town, int Villages, List<VillageGap> Gaps);

    private sealed record VillageCoverageDto(List<VillageTown> Towns, int Villages);

    [Fact]
    [Trait("Req", "ORG-3")]
    [Trait("Req", "ORG-4")]
    public async Task Town_forces_match_the_seed_flag_gaps_and_officer_appointments_name_the_rule_that_failed()
    {
        var staff = await app.SignInAs("staff");
        var coverage = await staff.Get<TownCoverageDto>("/api/v1/forces/towns");
        coverage.TotalStaff.ShouldBeGreaterThanOrEqualTo(25);
        coverage.SectionLevelStaff.ShouldBeGreaterThanOrEqualTo(10);
        coverage.Towns.Count.ShouldBe(8);
        coverage.Of("经济开发区").Missing.ShouldContain("统战委员");

        var town = await staff.Node("阴平镇");
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var old = await staff.NewPerson(town, Unique("超龄"), "A11", "D02", today.AddYears(-38));
        var college = await staff.NewPerson(town, Unique("专科"), "A11", "D03", today.AddYears(-30));
        var outsider = await staff.NewPerson(await staff.Node("古邵镇"), Unique("外镇"), "A11", "D02",
            today.AddYears(-30));
        var fit = await staff.NewPerson(town, Unique("合格"), "A11", "D01", today.AddYears(-38));
        AppointTownOfficer.Request Officer(Guid person, bool exceptional = false, string? reason = null) =>
            new(town, person, TownOfficerRole.Officer, SectionLevel: false, today, exceptional, reason);
        async Task<JsonElement> Appoint(Guid person, bool exceptional = false, string? reason = null) =>
            await (await staff.PostAsJsonAsync("/api/v1/forces/town-officers", Officer(person, exceptional, reason)))
                .Problem(HttpStatusCode.BadRequest);
        // raw JSON: the rule may be filed under any field of the problem's errors, so all of them are read
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

        var current = coverage.Of("阴平镇").Officers[0].AppointmentId;
        (await staff.PostAsync($"/api/v1/forces/{current}/end", null)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        var flagged = (await staff.Get<TownCoverageDto>("/api/v1/forces/towns")).Of("阴平镇");
        flagged.Missing.ShouldContain("统战干事");
        var ok = await staff.PostAsJsonAsync("/api/v1/forces/town-officers",
            Officer(fit, true, "长期从事民族宗教工作，成绩突出"));
        ok.StatusCode.ShouldBe(HttpStatusCode.Created, await ok.Content.ReadAsStringAsync());
        var after = (await staff.Get<TownCoverageDto>("/api/v1/forces/towns")).Of("阴平镇");
        after.Missing.Count.ShouldBe(0);
        after.Officers[0].Exceptional.ShouldBeTrue();

        var town1 = await app.SignInAs("town1");
        (await town1.Get<TownCoverageDto>("/api/v1/forces/towns")).Towns.Select(t => t.Town)
            .ShouldBe(["坛山街道"]);
    }

    [Fact]
    [Trait("Req", "ORG-5")]
    public async Task Village_coverage_lists_every_village_missing_a_liaison_or_coordinator_per_town()
    {
        var staff = await app.SignInAs("staff");
        var coverage = await staff.Get<VillageCoverageDto>("/api/v1/forces/villages");
        var rows = coverage.Towns;
        rows.Sum(r => r.Villages).ShouldBe(coverage.Villages);
        var withGap = rows.First(r => r.Gaps.Count > 0 && r.Town == "榴园镇");
        var gap = withGap.Gaps[0];
        var village = gap.VillageId;
        var (role, otherRole) = gap.Missing[0] == "统战工作联络员"
            ? (VillageLiaisonRole.Liaison, VillageLiaisonRole.Coordinator)
            : (VillageLiaisonRole.Coordinator, VillageLiaisonRole.Liaison);
        var since = new DateOnly(2025, 1, 1);

        var person = await staff.NewPerson(village, Unique("书记"), "A11", "D03");
        (await (await staff.PostAsJsonAsync("/api/v1/forces/village-liaisons",
            new AssignVillageLiaison.Request(village, person, otherRole, since)))
            .Errors("Role"))[0].ShouldContain("已有在任");
        var town = await staff.Node("榴园镇");
        (await staff.PostAsJsonAsync("/api/v1/forces/village-liaisons",
            new AssignVillageLiaison.Request(town, person, role, since)))
            .StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await staff.PostAsJsonAsync("/api/v1/forces/village-liaisons",
            new AssignVillageLiaison.Request(village, person, role, since)))
            .StatusCode.ShouldBe(HttpStatusCode.Created);
        var after = (await staff.Get<VillageCoverageDto>($"/api/v1/forces/villages?townId={town}")).Towns[0];
        after.Gaps.Where(g => g.VillageId == village).SelectMany(g => g.Missing)
            .ShouldNotContain(gap.Missing[0]);

        var village1 = await app.SignInAs("village1");
        var own = (await village1.Get<VillageCoverageDto>("/api/v1/forces/villages")).Villages;
        own.ShouldBe(0); // a village user's scope holds no town row: the view is per town
    }
}

public sealed class ForcesTestsSqlite(SqliteApp app) : ForcesTests(app);
public sealed class ForcesTestsPostgres(PostgresApp app) : ForcesTests(app);
