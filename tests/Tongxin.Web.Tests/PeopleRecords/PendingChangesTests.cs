using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Tongxin.Web.Tests.Infrastructure;
using static Tongxin.Web.Tests.Infrastructure.TestData;

namespace Tongxin.Web.Tests.PeopleRecords;

/// <summary>Town proposals wait for approval and are shown side by side (PPL-9).</summary>
public abstract class PendingChangesTests(TestApp app)
{
    [Fact]
    [Trait("Req", "PPL-9")]
    [Trait("Req", "SEC-25")]
    [Trait("Req", "SEC-8")]
    public async Task A_town_proposal_waits_is_shown_side_by_side_and_reaches_the_register_only_when_approved()
    {
        var staff = await app.SignInAs("staff");
        var town1 = await app.SignInAs("town1");
        var town2 = await app.SignInAs("town2");
        var node = await staff.Node("坛山街道");
        var name = Unique("待审");
        var person = await staff.NewPerson(node, name);
        var before = await staff.GetJson($"/api/v1/people/{person}");
        var version = before.GetProperty("version").GetInt64();

        object Edit(string employer, long v) => new { name, nodeId = node, categories = new[] { "C02" }, employer,
            version = v };
        (await town1.PutAsJsonAsync($"/api/v1/people/{person}",
            Edit("直接改", version))).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var proposed = await town1.PostAsJsonAsync($"/api/v1/pending-changes?personId={person}", Edit("新单位", version));
        proposed.StatusCode.ShouldBe(HttpStatusCode.Created, await proposed.Content.ReadAsStringAsync());
        var change = await proposed.CreatedId();
        // one at a time
        (await town1.PostAsJsonAsync($"/api/v1/pending-changes?personId={person}",
            Edit("再改", version))).StatusCode.ShouldBe(HttpStatusCode.Conflict);
        // validated like a save
        (await town1.PostAsJsonAsync("/api/v1/pending-changes",
            new { name = "", nodeId = node })).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        // nothing written yet
        (await staff.GetJson($"/api/v1/people/{person}")).GetProperty("employer")
            .ValueKind.ShouldBe(JsonValueKind.Null);

        var side = await staff.GetJson($"/api/v1/pending-changes/{change}");
        var employer = side.GetProperty("fields").EnumerateArray()
            .Single(f => f.GetProperty("label").GetString() == "工作单位");
        employer.GetProperty("current").ValueKind.ShouldBe(JsonValueKind.Null);
        employer.GetProperty("proposed").GetString().ShouldBe("新单位");
        employer.GetProperty("changed").GetBoolean().ShouldBeTrue();
        side.GetProperty("fields").EnumerateArray().Single(f => f.GetProperty("label").GetString() == "姓名")
            .GetProperty("changed").GetBoolean().ShouldBeFalse();

        (await town2.GetAsync($"/api/v1/pending-changes/{change}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await town2.GetJson("/api/v1/pending-changes?pageSize=100")).Items()
            .ShouldNotContain(i => i.GetProperty("id").GetGuid() == change);
        (await town1.GetJson("/api/v1/pending-changes?pageSize=100")).Items()
            .ShouldContain(i => i.GetProperty("id").GetGuid() == change);
        (await town1.PostAsJsonAsync($"/api/v1/pending-changes/{change}/decision",
            new { approve = true })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        // reason needed
        (await staff.PostAsJsonAsync($"/api/v1/pending-changes/{change}/decision",
            new { approve = false })).StatusCode.ShouldBe(HttpStatusCode.BadRequest);

        var approved = await staff.PostAsJsonAsync($"/api/v1/pending-changes/{change}/decision",
            new { approve = true });
        approved.StatusCode.ShouldBe(HttpStatusCode.OK, await approved.Content.ReadAsStringAsync());
        (await staff.GetJson($"/api/v1/people/{person}")).GetProperty("employer").GetString().ShouldBe("新单位");
        (await staff.PostAsJsonAsync($"/api/v1/pending-changes/{change}/decision",
            new { approve = true })).StatusCode.ShouldBe(HttpStatusCode.Conflict);

        // A proposal overtaken by a direct edit cannot be approved: conflict, nothing changes, it stays pending.
        var v2 = (await staff.GetJson($"/api/v1/people/{person}")).GetProperty("version").GetInt64();
        var stale = await (await town1.PostAsJsonAsync($"/api/v1/pending-changes?personId={person}",
            Edit("旧提议", v2))).CreatedId();
        (await staff.PutAsJsonAsync($"/api/v1/people/{person}",
            Edit("区里直接改", v2))).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await staff.GetJson($"/api/v1/pending-changes/{stale}")).GetProperty("outdated").GetBoolean().ShouldBeTrue();
        (await staff.PostAsJsonAsync($"/api/v1/pending-changes/{stale}/decision",
            new { approve = true })).StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await staff.GetJson($"/api/v1/people/{person}")).GetProperty("employer").GetString().ShouldBe("区里直接改");
        (await staff.GetJson($"/api/v1/pending-changes/{stale}")).GetProperty("status").GetInt32().ShouldBe(1);
        (await staff.PostAsJsonAsync($"/api/v1/pending-changes/{stale}/decision",
            new { approve = false, reason = "已由区里更新" })).StatusCode.ShouldBe(HttpStatusCode.OK);

        // A proposed new person appears only after approval.
        var newName = Unique("新增");
        var idNumber = NewIdNumber(new DateOnly(1980, 2, 3));
        var proposal = await town1.PostAsJsonAsync("/api/v1/pending-changes",
            new { name = newName, nodeId = node, categories = new[] { "C06" }, idNumber });
        var newChange = await proposal.CreatedId();
        (await staff.Get<PageTotal>($"/api/v1/people?q={newName}")).Total.ShouldBe(0);
        var raw = await app.WithDb("/",
            db => Task.FromResult(db.PendingChanges.Single(c => c.Id == newChange).PayloadCipher));
        raw.ShouldNotContain(idNumber); // SEC-23: the proposal is encrypted at rest
        (await staff.GetJson($"/api/v1/pending-changes/{newChange}")).GetRawText().ShouldNotContain(idNumber);
        var made = await (await staff.PostAsJsonAsync($"/api/v1/pending-changes/{newChange}/decision",
            new { approve = true })).Content.ReadFromJsonAsync<JsonElement>();
        (await staff.GetJson($"/api/v1/people/{made.GetProperty("personId").GetGuid()}")).GetProperty("name")
            .GetString().ShouldBe(newName);
    }
}

public sealed class PendingChangesTestsSqlite(SqliteApp app) : PendingChangesTests(app);
public sealed class PendingChangesTestsPostgres(PostgresApp app) : PendingChangesTests(app);
