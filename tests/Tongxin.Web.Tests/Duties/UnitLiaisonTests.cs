using Tongxin.Domain.Duties;
using Tongxin.Web.Features.Users;
using static Tongxin.Web.Tests.Duties.DutiesHelpers;
using static Tongxin.Web.Tests.Infrastructure.TestData;

namespace Tongxin.Web.Tests.Duties;

/// <summary>Member unit liaisons record and see only their own unit (ACC-3).</summary>
public abstract class UnitLiaisonTests(TestApp app)
{
    [Fact]
    [Trait("Req", "ACC-3")]
    [Trait("Req", "OBL-1")]
    [Trait("Req", "SEC-8")]
    public async Task A_member_unit_liaison_records_and_sees_only_their_own_unit()
    {
        var liaison = await app.SignInAs("liaison"); // bound to 区教育和体育局 in the demo
        var mine = await Compliance(liaison);
        mine.ShouldNotBeEmpty();
        mine.ShouldAllBe(r => r.Code == "U1" && r.Subject == "区教育和体育局");
        mine.Single().Done.ShouldBe(0);
        var ownUnit = mine.Single().SubjectId;

        var staff = await app.SignInAs("staff");
        var units = (await AllCompliance(staff, ThisYear)).Where(r => r.Code == "U1").ToList();
        units.Count.ShouldBe(8);
        var other = units.Single(r => r.Subject == "区侨联").SubjectId;
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var staffMade = await staff.PostAsJsonAsync("/api/v1/activities",
            Activity(today, "T01", "侨联研究统战工作", memberUnit: other, minutes: "纪要"));
        staffMade.StatusCode.ShouldBe(HttpStatusCode.Created, await staffMade.Content.ReadAsStringAsync());
        var othersActivity = await staffMade.CreatedId();
        (await Attach(staff, othersActivity, TestFiles.Pdf(), "侨联纪要.pdf"))
            .StatusCode.ShouldBe(HttpStatusCode.Created);
        var othersFile = (await staff.Get<ActivityDto>($"/api/v1/activities/{othersActivity}")).Files[0].Id;

        // Whatever unit or body the request names, the liaison records for their own unit.
        var body = await staff.FirstBody("区委常委会");
        var made = await liaison.PostAsJsonAsync("/api/v1/activities",
            Activity(today, "T01", "教体局专题研究统战工作", body: body, memberUnit: other,
            minutes: "纪要"));
        made.StatusCode.ShouldBe(HttpStatusCode.Created, await made.Content.ReadAsStringAsync());
        var id = await made.CreatedId();
        var seen = await staff.Get<ActivityDto>($"/api/v1/activities/{id}");
        seen.MemberUnitId.ShouldBe(ownUnit);
        seen.BodyId.ShouldBeNull();
        seen.Owner.ShouldBe("区教育和体育局");

        (await liaison.GetAsync($"/api/v1/activities/{othersActivity}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await liaison.GetAsync($"/api/v1/activities/attachments/{othersFile}"))
            .StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await liaison.PutAsJsonAsync($"/api/v1/activities/{othersActivity}",
            Activity(today, "T01", "改"))).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var listed = (await liaison.Get<Page<ActivityRow>>("/api/v1/activities?pageSize=100")).Items;
        listed.ShouldContain(a => a.Id == id);
        listed.ShouldAllBe(a => a.Owner == "区教育和体育局");
        var after = (await Compliance(liaison)).Single();
        after.Done.ShouldBe(1);
        after.Status.ShouldBe(DutyStatus.Done);
        // The body-level duties are not the liaison's: the unit's activities never count for the body.
        (await AllCompliance(staff, ThisYear)).Single(r => r.Code == "U1" && r.SubjectId == other)
            .Done.ShouldBe(1);
    }

    [Fact]
    [Trait("Req", "ACC-3")]
    public async Task A_unit_liaison_account_must_be_bound_to_a_unit_in_its_node()
    {
        var admin = await app.SignInAs("sysadmin");
        var county = await admin.Node("峰城区");
        var name = "l" + Guid.NewGuid().ToString("N")[..10];
        var missing = await admin.PostAsJsonAsync("/api/v1/users",
            new SaveUser.Request(name, "联络人", county, ["unit-liaison"]));
        (await missing.Problem(HttpStatusCode.BadRequest)).ToString().ShouldContain("须绑定一个成员单位");
        var staffUnit = await admin.PostAsJsonAsync("/api/v1/users",
            new SaveUser.Request(name, "干部", county, ["staff"], MemberUnitId: Guid.NewGuid()));
        (await staffUnit.Problem(HttpStatusCode.BadRequest)).ToString().ShouldContain("成员单位");
        var liaison = await app.SignInAs("liaison");
        var unit = (await Compliance(liaison)).Single().SubjectId;
        var ok = await admin.PostAsJsonAsync("/api/v1/users",
            new SaveUser.Request(name, "联络人", county, ["unit-liaison"], MemberUnitId: unit));
        ok.StatusCode.ShouldBe(HttpStatusCode.Created, await ok.Content.ReadAsStringAsync());
    }
}

public sealed class UnitLiaisonTestsSqlite(SqliteApp app) : UnitLiaisonTests(app);
public sealed class UnitLiaisonTestsPostgres(PostgresApp app) : UnitLiaisonTests(app);
