using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Tongxin.Web.Tests.Infrastructure;

namespace Tongxin.Web.Tests;

/// <summary>SEC-12: more than 500 people with sensitive fields leave only after a second person's approval.</summary>
public abstract class ExportApprovalTests(TestApp app)
{
    [Fact]
    [Trait("Req", "SEC-12")]
    [Trait("Req", "PPL-5")]
    public async Task A_large_sensitive_export_needs_a_second_persons_approval_and_is_downloaded_once()
    {
        var staff = await app.SignInAs("staff");
        var total = (await staff.GetJson("/api/v1/people?pageSize=10")).GetProperty("total").GetInt32();
        total.ShouldBeGreaterThan(500, "the demo county holds more than the approval limit");

        var refused = await (await staff.GetAsync("/api/v1/people/export")).Problem(HttpStatusCode.Conflict);
        refused.GetProperty("title").GetString()!.ShouldContain("第二人审批");
        (await staff.PostAsJsonAsync("/api/v1/people/export-requests", new { query = new { category = "C05" }, purpose = "核对" }))
            .StatusCode.ShouldBe(HttpStatusCode.Conflict); // under the limit: no approval needed
        (await staff.PostAsJsonAsync("/api/v1/people/export-requests", new { query = new { }, purpose = "" })).StatusCode.ShouldBe(HttpStatusCode.BadRequest);

        var created = await staff.PostAsJsonAsync("/api/v1/people/export-requests", new { query = new { }, purpose = "年度数据核对" });
        created.StatusCode.ShouldBe(HttpStatusCode.Created);
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        (await staff.GetAsync($"/api/v1/people/export?approval={id}")).StatusCode.ShouldBe(HttpStatusCode.Conflict); // not approved: no file

        (await (await staff.PostAsJsonAsync($"/api/v1/people/export-requests/{id}/decision", new { approve = true })).Problem(HttpStatusCode.Conflict))
            .GetProperty("title").GetString()!.ShouldContain("第二人");
        var leader = await app.SignInAs("leader");
        (await leader.PostAsJsonAsync($"/api/v1/people/export-requests/{id}/decision", new { approve = true })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var second = await app.SignInAs("staff2");
        (await second.GetAsync($"/api/v1/people/export?approval={id}")).StatusCode.ShouldBe(HttpStatusCode.Conflict); // not the requester
        (await second.PostAsJsonAsync($"/api/v1/people/export-requests/{id}/decision", new { approve = true })).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        var file = await staff.GetAsync($"/api/v1/people/export?approval={id}&category=C01");
        file.StatusCode.ShouldBe(HttpStatusCode.OK);
        using var stream = new MemoryStream(await file.Content.ReadAsByteArrayAsync());
        var rows = MiniExcelLibs.MiniExcel.Query(stream, useHeaderRow: false).Cast<IDictionary<string, object>>().Skip(4).ToList();
        rows.Count.ShouldBeGreaterThan(500); // the approved filter, not the one in the URL
        (await staff.GetAsync($"/api/v1/people/export?approval={id}")).StatusCode.ShouldBe(HttpStatusCode.Conflict); // once

        var list = (await staff.GetJson("/api/v1/people/export-requests")).Items().Single(r => r.GetProperty("id").GetGuid() == id);
        list.GetProperty("decidedBy").GetString().ShouldBe("staff2");
        list.GetProperty("status").GetString().ShouldBe("Downloaded");
        var auditor = await app.SignInAs("auditor");
        (await auditor.GetJson("/api/v1/audit?event=export&user=staff&pageSize=100")).Items()
            .ShouldContain(e => (e.GetProperty("details").GetString() ?? "").Contains("staff2"));
    }
}

public sealed class ExportApprovalTestsSqlite(SqliteApp app) : ExportApprovalTests(app);
public sealed class ExportApprovalTestsPostgres(PostgresApp app) : ExportApprovalTests(app);
