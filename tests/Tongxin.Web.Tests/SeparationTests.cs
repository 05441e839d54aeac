using Tongxin.Web.Features.Roles;
using Tongxin.Web.Features.Users;

namespace Tongxin.Web.Tests;

/// <summary>三员分立 (SEC-9) and the built-in roles (ACC-3).</summary>
public abstract class SeparationTests(TestApp app)
{
    [Fact]
    [Trait("Req", "SEC-9")]
    public async Task Each_administrator_gets_403_outside_their_own_area()
    {
        // New accounts holding only the built-in role, so the areas are the role's, not a demo account's.
        var sys = await app.SignInAs(BuiltInRole.SystemAdmin);
        var sec = await app.SignInAs(BuiltInRole.SecurityAdmin);
        var audit = await app.SignInAs(BuiltInRole.AuditAdmin);
        (await sys.GetAsync("/api/v1/users")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await sys.GetAsync("/api/v1/bodies")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await sys.GetAsync("/api/v1/dashboard")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await sys.GetAsync("/api/v1/audit")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await sys.GetAsync("/api/v1/roles")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await sec.GetAsync("/api/v1/roles")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await sec.GetAsync("/api/v1/users")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await sec.GetAsync("/api/v1/audit")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await audit.GetAsync("/api/v1/audit")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await audit.GetAsync("/api/v1/users")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await audit.GetAsync("/api/v1/documents")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var staff = await app.SignInAs(BuiltInRole.Staff);
        (await staff.GetAsync("/api/v1/audit")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    [Trait("Req", "SEC-9")]
    public async Task One_account_cannot_hold_two_administrator_roles()
    {
        var sys = await app.SignInAs("sysadmin");
        var county = await sys.Node("峰城区");
        var r = await sys.PostAsJsonAsync("/api/v1/users", new SaveUser.Request(
            "dual" + Guid.NewGuid().ToString("N")[..6], "兼任", county, ["sysadmin", "auditadmin"]));
        (await r.Errors("Roles"))[0].ShouldContain("三员分立");
        (await sys.Get<PageTotal>("/api/v1/users?q=dual")).Total.ShouldBe(0);
    }

    [Fact]
    [Trait("Req", "SEC-9")]
    [Trait("Req", "ACC-3")]
    public async Task The_security_admin_edits_business_roles_but_cannot_hand_out_admin_powers()
    {
        var sec = await app.SignInAs("secadmin");
        var roles = (await sec.Get<List<RoleRow>>("/api/v1/roles")).Select(r => r.Name).ToList();
        roles.ShouldBe(["sysadmin", "secadmin", "auditadmin", "staff", "leader", "town-officer", "village-officer",
            "unit-liaison", "reviewer", "enterprise"], ignoreOrder: true);

        var grant = await sec.PutAsJsonAsync("/api/v1/roles/staff/permissions",
            new SetRolePermissions.Request(["body.read", "audit.read"]));
        (await grant.Errors("Permissions"))[0].ShouldContain("三员分立");
        var fixedRole = await sec.PutAsJsonAsync("/api/v1/roles/auditadmin/permissions",
            new SetRolePermissions.Request(["audit.read", "body.read"]));
        await fixedRole.Problem(HttpStatusCode.Conflict);

        // Keeps what the reviewer role has (other tests score as reviewers meanwhile) and adds one.
        var ok = await sec.PutAsJsonAsync("/api/v1/roles/reviewer/permissions",
            new SetRolePermissions.Request(["dashboard.view", "assessment.score", "document.read"]));
        ok.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        var reviewer = await app.SignInAs("reviewer");
        (await reviewer.GetAsync("/api/v1/documents")).StatusCode.ShouldBe(HttpStatusCode.OK);
        var audit = await app.SignInAs("auditor");
        (await audit.Get<PageTotal>("/api/v1/audit?event=permission-change")).Total.ShouldBeGreaterThan(0);
    }
}

public sealed class SeparationTestsSqlite(SqliteApp app) : SeparationTests(app);
public sealed class SeparationTestsPostgres(PostgresApp app) : SeparationTests(app);
