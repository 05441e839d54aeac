using Microsoft.EntityFrameworkCore;
using Tongxin.Web.Features.People;
using static Tongxin.Web.Tests.Infrastructure.TestData;

namespace Tongxin.Web.Tests.People;

/// <summary>ID and phone encrypted at rest, masked everywhere, revealed with an audit row; sensitive fields;
/// logs.</summary>
public abstract class PeopleProtectionTests(TestApp app)
{
    [Fact]
    [Trait("Req", "SEC-23")]
    [Trait("Req", "SEC-24")]
    [Trait("Req", "ACC-4")]
    public async Task Id_and_phone_are_encrypted_at_rest_masked_everywhere_and_revealed_only_with_an_audit_row()
    {
        var staff = await app.SignInAs("staff");
        var id = NewIdNumber("19760305");
        var pid = await staff.NewPerson(Person("加密测试", await staff.Node("峰城区"), idNumber: id,
            phone: "13912345678", ethnicity: "E01", affiliation: "A09"));

        var raw = await app.WithDb("/", async db =>
        {
            var c = db.Database.GetDbConnection();
            await c.OpenAsync();
            await using var cmd = c.CreateCommand();
            cmd.CommandText = app.Provider == "sqlite" ? "SELECT * FROM People" : "SELECT * FROM \"People\"";
            await using var reader = await cmd.ExecuteReaderAsync();
            var all = new System.Text.StringBuilder();
            while (await reader.ReadAsync())
                for (var i = 0; i < reader.FieldCount; i++) all.Append(reader.GetValue(i)).Append('|');
            return all.ToString();
        });
        raw.ShouldContain("加密测试");
        raw.ShouldNotContain(id);
        raw.ShouldNotContain("13912345678");

        var detail = await staff.Get<PersonDto>($"/api/v1/people/{pid}");
        detail.IdMasked.ShouldBe(id[..4] + "**********" + id[^4..]);
        detail.PhoneMasked.ShouldBe("139****5678");
        // the wire itself, not only the fields a DTO knows, must not carry the number
        (await staff.GetJson($"/api/v1/people/{pid}")).ToString().ShouldNotContain(id);
        var list = (await staff.GetJson("/api/v1/people?q=加密测试")).ToString();
        list.ShouldNotContain(id);
        list.ShouldNotContain("13912345678");

        var reveal = await staff.PostAsync($"/api/v1/people/{pid}/reveal/id", null);
        (await reveal.Read<Revealed>()).Value.ShouldBe(id);
        var leader = await app.SignInAs("leader");
        (await leader.PostAsync($"/api/v1/people/{pid}/reveal/id", null)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var auditor = await app.SignInAs("auditor");
        var views = (await auditor.Get<Page<AuditRow>>($"/api/v1/audit?event=view-unmasked&objectId={pid}")).Items;
        views.Count.ShouldBe(1);
        views[0].UserName.ShouldBe("staff");
        var changes = (await auditor.GetJson($"/api/v1/audit?objectId={pid}&event=create")).ToString();
        changes.ShouldNotContain(id);
    }

    [Fact]
    [Trait("Req", "ACC-4")]
    public async Task Religion_ethnicity_and_affiliation_need_the_view_sensitive_permission()
    {
        var town1 = await app.SignInAs("town1");
        var row = (await town1.Get<Page<PersonRow>>("/api/v1/people?tag=演示数据&pageSize=5")).Items.First();
        row.Affiliation.ShouldBe("***");
        var detail = await town1.Get<PersonDto>($"/api/v1/people/{row.Id}");
        detail.Religion.ShouldBe("***");
        detail.Ethnicity.ShouldBe("***");
        var staff = await app.SignInAs("staff");
        (await staff.Get<PersonDto>($"/api/v1/people/{row.Id}")).Religion.ShouldNotBe("***");
    }

    [Fact]
    [Trait("Req", "SEC-17")]
    public async Task Id_numbers_phones_and_passwords_never_reach_the_application_logs()
    {
        await using var fresh = await app.FreshAsync(new()
        {
            ["Logging:LogLevel:Default"] = "Debug", ["Logging:LogLevel:Microsoft.AspNetCore"] = "Debug",
            ["Logging:LogLevel:Microsoft.EntityFrameworkCore"] = "Debug",
        });
        var staff = await fresh.SignInAs("staff");
        var id = NewIdNumber("19630303");
        const string phone = "13655554444";
        const string password = "Not-The-Password#9";
        (await fresh.Anonymous().PostAsJsonAsync("/api/v1/auth/token",
                new { userName = "staff\r\nforged: entry", password }))
            .StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        var county = await staff.Node("峰城区");
        var pid = await staff.NewPerson(Person("日志测试", county, idNumber: id, phone: phone, ethnicity: "E01",
            affiliation: "A09"));
        await staff.PostAsync($"/api/v1/people/{pid}/reveal/id", null);
        await staff.PostAsync($"/api/v1/people/{pid}/reveal/phone", null);
        await staff.PostAsJsonAsync("/api/v1/people", Person("日志测试重复", county, idNumber: id, phone: phone));
        async Task<int> Search(string q) =>
            (await (await staff.PostAsJsonAsync("/api/v1/people/search", new ListPeople.Query(Q: q)))
                .Read<PageTotal>()).Total;
        (await Search(id)).ShouldBe(1);
        (await Search(phone)).ShouldBe(1);
        var logs = string.Join("\n", fresh.Logs.Lines);
        logs.Length.ShouldBeGreaterThan(1000); // the app did log (EF commands, requests…)
        logs.ShouldNotContain(id);
        logs.ShouldNotContain(phone);
        logs.ShouldNotContain(password);
        logs.ShouldNotContain("\nforged: entry");
    }
}

public sealed class PeopleProtectionTestsSqlite(SqliteApp app) : PeopleProtectionTests(app);
public sealed class PeopleProtectionTestsPostgres(PostgresApp app) : PeopleProtectionTests(app);
