using System.Text.Json;

namespace Tongxin.Web.Tests;

/// <summary>SEC-13: a set-based update (an activity's files following it elsewhere) is audited like a save.</summary>
public abstract class BulkAuditTests(TestApp app)
{
    [Fact]
    [Trait("Req", "SEC-13")]
    public async Task Moving_an_activity_writes_an_audit_row_for_each_attachment_it_moves()
    {
        var staff = await app.SignInAs("staff");
        var county = await Body(staff, "区委常委会");
        var town = await Body(staff, "吴林街道党");
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var made = await staff.PostAsJsonAsync("/api/v1/activities",
            new { date = today, type = "T02", bodyId = county, topic = "批量审计测试", minutes = "纪要" });
        made.StatusCode.ShouldBe(HttpStatusCode.Created, await made.Content.ReadAsStringAsync());
        var id = (await made.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        using (var pdf = new MultipartFormDataContent())
        {
            pdf.Add(new ByteArrayContent(TestFiles.Pdf()), "file", "批量审计.pdf");
            (await staff.PostAsync($"/api/v1/activities/{id}/attachments", pdf)).StatusCode
                .ShouldBe(HttpStatusCode.Created);
        }
        var activity = await staff.GetJson($"/api/v1/activities/{id}");
        var file = activity.GetProperty("files")[0].GetProperty("id").GetGuid();

        var moved = await staff.PutAsJsonAsync($"/api/v1/activities/{id}", new
        {
            date = today, type = "T02", bodyId = town, topic = "批量审计测试",
            minutes = "纪要", version = activity.GetProperty("version").GetInt64(),
        });
        moved.StatusCode.ShouldBe(HttpStatusCode.NoContent, await moved.Content.ReadAsStringAsync());

        var auditor = await app.SignInAs("auditor");
        var rows = (await auditor.GetJson($"/api/v1/audit?objectType=ActivityAttachment&objectId={file}")).Items()
            .ToList();
        rows.Select(r => r.GetProperty("event").GetString()).ShouldBe(["update", "create"]);
        var update = rows[0];
        update.GetProperty("userName").GetString().ShouldBe("staff");
        const string countyPath = "/37/3704/370404/";
        var townPath = update.GetProperty("nodePath").GetString()!;
        townPath.ShouldStartWith(countyPath);
        townPath.ShouldNotBe(countyPath); // the town the activity moved to
        var details = JsonDocument.Parse(update.GetProperty("details").GetString()!).RootElement;
        details.GetProperty("before").GetProperty("NodePath").GetString().ShouldBe(countyPath);
        details.GetProperty("after").GetProperty("NodePath").GetString().ShouldBe(townPath);
    }

    private static async Task<Guid> Body(HttpClient client, string name) =>
        (await client.GetJson($"/api/v1/bodies?q={name}")).Items().First().GetProperty("id").GetGuid();
}

public sealed class BulkAuditTestsSqlite(SqliteApp app) : BulkAuditTests(app);
public sealed class BulkAuditTestsPostgres(PostgresApp app) : BulkAuditTests(app);
