using Tongxin.Data.Entities;
using Tongxin.Web.Features.Bodies;
using Tongxin.Web.Infrastructure;

namespace Tongxin.Web.Tests.Operations;

/// <summary>SEC-15: a change whose audit row cannot be written is not saved, and the user is told so (503), not
/// that the data conflicts (409).</summary>
public abstract class AuditWriteFailureTests(TestApp app)
{
    private bool Sqlite => app.Provider == "sqlite";

    [Fact]
    [Trait("Req", "SEC-15")]
    public async Task A_failed_audit_write_answers_503_and_saves_nothing()
    {
        await using var fresh = await app.FreshAsync();
        var staff = await fresh.SignInAs("staff");
        var before = (await staff.Get<PageTotal>("/api/v1/bodies")).Total;
        var county = (await staff.Get<Page<RegionDto>>("/api/v1/regions?q=峰城区")).Items.First().Id;
        await fresh.ExecuteSql(Sqlite
            ? "CREATE TRIGGER audit_broken BEFORE INSERT ON AuditEntries BEGIN SELECT RAISE(ABORT, 'disk full'); END;"
            : """
              CREATE FUNCTION audit_broken() RETURNS trigger LANGUAGE plpgsql
                AS $$ BEGIN RAISE EXCEPTION 'disk full'; END $$;
              CREATE TRIGGER audit_broken BEFORE INSERT ON "AuditEntries" FOR EACH ROW EXECUTE FUNCTION audit_broken();
              """);
        var r = await staff.PostAsJsonAsync("/api/v1/bodies",
            new SaveBody.Request("审计失败时的机构", BodyType.Department, county, null, null));
        var problem = await r.Problem(HttpStatusCode.ServiceUnavailable);
        problem.GetProperty("title").GetString().ShouldBe("审计日志写入失败，操作未保存");
        await fresh.ExecuteSql(Sqlite ? "DROP TRIGGER audit_broken;"
            : "DROP TRIGGER audit_broken ON \"AuditEntries\";");
        (await staff.Get<PageTotal>("/api/v1/bodies")).Total.ShouldBe(before);

        // A change the data refuses (here a unique index) is still a conflict, though audit rows share its save.
        await fresh.ExecuteSql(Sqlite
            ? "CREATE UNIQUE INDEX body_name_once ON Bodies (Name) WHERE Name = '重名的机构';"
            : "CREATE UNIQUE INDEX body_name_once ON \"Bodies\" (\"Name\") WHERE \"Name\" = '重名的机构';");
        var first = await staff.PostAsJsonAsync("/api/v1/bodies",
            new SaveBody.Request("重名的机构", BodyType.Department, county, null, null));
        first.EnsureSuccessStatusCode();
        var again = await staff.PostAsJsonAsync("/api/v1/bodies",
            new SaveBody.Request("重名的机构", BodyType.Department, county, null, null));
        ((int)again.StatusCode).ShouldBe(409, await again.Content.ReadAsStringAsync());
    }
}

public sealed class AuditWriteFailureTestsSqlite(SqliteApp app) : AuditWriteFailureTests(app);
public sealed class AuditWriteFailureTestsPostgres(PostgresApp app) : AuditWriteFailureTests(app);
