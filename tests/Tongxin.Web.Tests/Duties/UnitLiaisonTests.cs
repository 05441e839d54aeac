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
        mine.ShouldAllBe(r => r.GetProperty("code").GetString() == "U1" && r.GetProperty("subject")
            .GetString() == "区教育和体育局");
        mine.Single().GetProperty("done").GetInt32().ShouldBe(0);
        var ownUnit = mine.Single().GetProperty("subjectId").GetGuid();

        var staff = await app.SignInAs("staff");
        var units = (await AllCompliance(staff,
            ThisYear)).Where(r => r.GetProperty("code").GetString() == "U1").ToList();
        units.Count.ShouldBe(8);
        var other = units.Single(r => r.GetProperty("subject").GetString() == "区侨联").GetProperty("subjectId").GetGuid();
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var staffMade = await staff.PostAsJsonAsync("/api/v1/activities",
            new { date = today, type = "T01", memberUnitId = other, topic = "侨联研究统战工作", minutes = "纪要" });
        staffMade.StatusCode.ShouldBe(HttpStatusCode.Created, await staffMade.Content.ReadAsStringAsync());
        var othersActivity = await staffMade.CreatedId();
        using (var pdf = new MultipartFormDataContent())
        {
            pdf.Add(new ByteArrayContent("%PDF-1.4\n%%EOF\n"u8.ToArray()), "file", "侨联纪要.pdf");
            (await staff.PostAsync($"/api/v1/activities/{othersActivity}/attachments",
                pdf)).StatusCode.ShouldBe(HttpStatusCode.Created);
        }
        var othersFile = (await staff.GetJson($"/api/v1/activities/{othersActivity}"))
            .GetProperty("files")[0].GetProperty("id").GetGuid();

        // Whatever unit or body the request names, the liaison records for their own unit.
        var body = (await staff.GetJson("/api/v1/bodies?q=区委常委会")).Items().First().GetProperty("id").GetGuid();
        var made = await liaison.PostAsJsonAsync("/api/v1/activities",
            new { date = today, type = "T01", memberUnitId = other, bodyId = body, topic = "教体局专题研究统战工作",
                minutes = "纪要" });
        made.StatusCode.ShouldBe(HttpStatusCode.Created, await made.Content.ReadAsStringAsync());
        var id = await made.CreatedId();
        var seen = await staff.GetJson($"/api/v1/activities/{id}");
        seen.GetProperty("memberUnitId").GetGuid().ShouldBe(ownUnit);
        seen.GetProperty("bodyId").ValueKind.ShouldBe(JsonValueKind.Null);
        seen.GetProperty("owner").GetString().ShouldBe("区教育和体育局");

        (await liaison.GetAsync($"/api/v1/activities/{othersActivity}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await liaison.GetAsync($"/api/v1/activities/attachments/{othersFile}"))
            .StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await liaison.PutAsJsonAsync($"/api/v1/activities/{othersActivity}",
            new { date = today, type = "T01", topic = "改" })).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var listed = (await liaison.GetJson("/api/v1/activities?pageSize=100")).Items().ToList();
        listed.ShouldContain(a => a.GetProperty("id").GetGuid() == id);
        listed.ShouldAllBe(a => a.GetProperty("owner").GetString() == "区教育和体育局");
        var after = (await Compliance(liaison)).Single();
        after.GetProperty("done").GetInt32().ShouldBe(1);
        after.GetProperty("status").GetInt32().ShouldBe(1);
        // The body-level duties are not the liaison's: the unit's activities never count for the body.
        (await AllCompliance(staff,
            ThisYear)).Single(r => r.GetProperty("code").GetString() == "U1" && r.GetProperty("subjectId")
                .GetGuid() == other)
            .GetProperty("done").GetInt32().ShouldBe(1);
    }

    [Fact]
    [Trait("Req", "ACC-3")]
    public async Task A_unit_liaison_account_must_be_bound_to_a_unit_in_its_node()
    {
        var admin = await app.SignInAs("sysadmin");
        var county = (await admin.GetJson("/api/v1/regions?q=峰城区")).Items().First().GetProperty("id").GetGuid();
        var name = "l" + Guid.NewGuid().ToString("N")[..10];
        var missing = await admin.PostAsJsonAsync("/api/v1/users",
            new { userName = name, displayName = "联络人", nodeId = county, roles = new[] { "unit-liaison" } });
        (await missing.Problem(HttpStatusCode.BadRequest)).ToString().ShouldContain("须绑定一个成员单位");
        var staffUnit = await admin.PostAsJsonAsync("/api/v1/users",
            new { userName = name, displayName = "干部", nodeId = county, roles = new[] { "staff" },
                memberUnitId = Guid.NewGuid() });
        (await staffUnit.Problem(HttpStatusCode.BadRequest)).ToString().ShouldContain("成员单位");
        var liaison = await app.SignInAs("liaison");
        var unit = (await Compliance(liaison)).Single().GetProperty("subjectId").GetGuid();
        var ok = await admin.PostAsJsonAsync("/api/v1/users",
            new { userName = name, displayName = "联络人", nodeId = county, roles = new[] { "unit-liaison" },
                memberUnitId = unit });
        ok.StatusCode.ShouldBe(HttpStatusCode.Created, await ok.Content.ReadAsStringAsync());
    }
}

public sealed class UnitLiaisonTestsSqlite(SqliteApp app) : UnitLiaisonTests(app);
public sealed class UnitLiaisonTestsPostgres(PostgresApp app) : UnitLiaisonTests(app);
