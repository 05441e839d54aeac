using Tongxin.Data.Entities;
using Tongxin.Web.Features.People;
using Tongxin.Web.Tests.Jobs;
using static Tongxin.Web.Tests.Infrastructure.TestData;

namespace Tongxin.Web.Tests.PeopleRecords;

/// <summary>Town proposals wait for approval and are shown side by side (PPL-9).</summary>
public abstract class PendingChangesTests(TestApp app)
{
    private const string Url = "/api/v1/pending-changes";

    private static Task<PersonDto> Load(HttpClient c, Guid id) => c.Get<PersonDto>($"/api/v1/people/{id}");

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
        var version = (await Load(staff, person)).Version;

        SavePerson.Request Edit(string employer, long v) => Person(name, node, ["C02"], employer: employer, version: v);
        (await town1.PutAsJsonAsync($"/api/v1/people/{person}",
            Edit("直接改", version))).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var proposed = await town1.PostAsJsonAsync($"{Url}?personId={person}", Edit("新单位", version));
        proposed.StatusCode.ShouldBe(HttpStatusCode.Created, await proposed.Content.ReadAsStringAsync());
        var change = await proposed.CreatedId();
        // one at a time
        (await town1.PostAsJsonAsync($"{Url}?personId={person}",
            Edit("再改", version))).StatusCode.ShouldBe(HttpStatusCode.Conflict);
        // validated like a save
        (await town1.PostAsJsonAsync(Url, Person("", node, []))).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        // nothing written yet
        (await Load(staff, person)).Employer.ShouldBeNull();

        var side = await staff.Get<PendingChangeDto>($"{Url}/{change}");
        var employer = side.Fields.Single(f => f.Label == "工作单位");
        employer.Current.ShouldBeNull();
        employer.Proposed.ShouldBe("新单位");
        employer.Changed.ShouldBeTrue();
        side.Fields.Single(f => f.Label == "姓名").Changed.ShouldBeFalse();

        (await town2.GetAsync($"{Url}/{change}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await town2.Get<Page<PendingChangeRow>>($"{Url}?pageSize=100")).Items.ShouldNotContain(i => i.Id == change);
        (await town1.Get<Page<PendingChangeRow>>($"{Url}?pageSize=100")).Items.ShouldContain(i => i.Id == change);
        (await town1.PostAsJsonAsync($"{Url}/{change}/decision",
            new Decision(true))).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        // reason needed
        (await staff.PostAsJsonAsync($"{Url}/{change}/decision",
            new Decision(false))).StatusCode.ShouldBe(HttpStatusCode.BadRequest);

        var approved = await staff.PostAsJsonAsync($"{Url}/{change}/decision", new Decision(true));
        approved.StatusCode.ShouldBe(HttpStatusCode.OK, await approved.Content.ReadAsStringAsync());
        (await Load(staff, person)).Employer.ShouldBe("新单位");
        (await staff.PostAsJsonAsync($"{Url}/{change}/decision",
            new Decision(true))).StatusCode.ShouldBe(HttpStatusCode.Conflict);

        // A proposal overtaken by a direct edit cannot be approved: conflict, nothing changes, it stays pending.
        var v2 = (await Load(staff, person)).Version;
        var stale = await (await town1.PostAsJsonAsync($"{Url}?personId={person}",
            Edit("旧提议", v2))).CreatedId();
        (await staff.PutAsJsonAsync($"/api/v1/people/{person}",
            Edit("区里直接改", v2))).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await staff.Get<PendingChangeDto>($"{Url}/{stale}")).Outdated.ShouldBeTrue();
        (await staff.PostAsJsonAsync($"{Url}/{stale}/decision",
            new Decision(true))).StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await Load(staff, person)).Employer.ShouldBe("区里直接改");
        (await staff.Get<PendingChangeDto>($"{Url}/{stale}")).Status.ShouldBe(PendingStatus.Pending);
        (await staff.PostAsJsonAsync($"{Url}/{stale}/decision",
            new Decision(false, "已由区里更新"))).StatusCode.ShouldBe(HttpStatusCode.OK);

        // A proposed new person appears only after approval.
        var newName = Unique("新增");
        var idNumber = NewIdNumber(new DateOnly(1980, 2, 3));
        var proposal = await town1.PostAsJsonAsync(Url, Person(newName, node, ["C06"], idNumber: idNumber));
        var newChange = await proposal.CreatedId();
        (await staff.Get<PageTotal>($"/api/v1/people?q={newName}")).Total.ShouldBe(0);
        var raw = await app.WithDb("/",
            db => Task.FromResult(db.PendingChanges.Single(c => c.Id == newChange).PayloadCipher));
        raw.ShouldNotContain(idNumber); // SEC-23: the proposal is encrypted at rest
        // the wire itself: the number must appear nowhere in the answer, masked or not
        (await staff.GetJson($"{Url}/{newChange}")).GetRawText().ShouldNotContain(idNumber);
        var made = await (await staff.PostAsJsonAsync($"{Url}/{newChange}/decision", new Decision(true)))
            .Read<Decided>();
        (await Load(staff, made.PersonId)).Name.ShouldBe(newName);
    }

    [Fact]
    [Trait("Req", "ACC-3")]
    [Trait("Req", "PPL-9")]
    public async Task A_leader_sees_approve_and_reject_on_the_page_and_may_approve_through_the_api()
    {
        var staff = await app.SignInAs("staff");
        var town1 = await app.SignInAs("town1");
        var node = await staff.Node("坛山街道");
        var name = Unique("领导审");
        var person = await staff.NewPerson(node, name);
        var version = (await Load(staff, person)).Version;
        var change = await (await town1.PostAsJsonAsync($"{Url}?personId={person}",
            Person(name, node, ["C02"], employer: "领导批", version: version))).CreatedId();

        var page = await app.CookieSignIn("leader", app.DemoPassword("leader"));
        var html = await page.GetStringAsync($"/people/pending/{change}");
        html.ShouldContain("批准");
        html.ShouldContain("驳回");

        var leader = await app.SignInAs("leader");
        var decided = await leader.PostAsJsonAsync($"{Url}/{change}/decision", new Decision(true));
        decided.StatusCode.ShouldBe(HttpStatusCode.OK, await decided.Content.ReadAsStringAsync());
        (await Load(staff, person)).Employer.ShouldBe("领导批");
        // approving is not editing: the leader still cannot change a person directly
        (await leader.PutAsJsonAsync($"/api/v1/people/{person}", Person(name, node, ["C02"], employer: "直接",
            version: (await Load(staff, person)).Version))).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    [Trait("Req", "PPL-9")]
    [Trait("Req", "PPL-7")]
    public async Task A_decided_change_keeps_the_values_it_replaced_and_the_history_names_proposer_and_approver()
    {
        var staff = await app.SignInAs("staff");
        var town1 = await app.SignInAs("town1");
        var node = await staff.Node("坛山街道");
        var name = Unique("决定后");
        var person = await staff.NewPerson(node, name);
        var version = (await Load(staff, person)).Version;
        var change = await (await town1.PostAsJsonAsync($"{Url}?personId={person}",
            Person(name, node, ["C02"], employer: "改后单位", version: version))).CreatedId();
        (await staff.PostAsJsonAsync($"{Url}/{change}/decision", new Decision(true)))
            .StatusCode.ShouldBe(HttpStatusCode.OK);

        var side = await staff.Get<PendingChangeDto>($"{Url}/{change}");
        var employer = side.Fields.Single(f => f.Label == "工作单位");
        employer.Current.ShouldBeNull(); // as it was before, not the approved value
        employer.Proposed.ShouldBe("改后单位");
        employer.Changed.ShouldBeTrue();
        side.Outdated.ShouldBeFalse();

        var newName = Unique("新人");
        var created = await (await town1.PostAsJsonAsync(Url, Person(newName, node, ["C06"]))).CreatedId();
        (await staff.PostAsJsonAsync($"{Url}/{created}/decision", new Decision(true)))
            .StatusCode.ShouldBe(HttpStatusCode.OK);
        var made = await staff.Get<PendingChangeDto>($"{Url}/{created}");
        made.Fields.Single(f => f.Label == "姓名").Current.ShouldBeNull(); // there was no one before
        made.Fields.Single(f => f.Label == "姓名").Proposed.ShouldBe(newName);

        var history = await staff.Get<List<HistoryEntry>>($"/api/v1/people/{person}/history");
        history[0].UserName.ShouldBe("staff");
        history[0].ProposedBy.ShouldBe("town1");
        history[^1].ProposedBy.ShouldBeNull(); // staff created the person directly
        (await staff.Get<List<HistoryEntry>>($"/api/v1/people/{made.PersonId}/history"))
            .Single().ProposedBy.ShouldBe("town1");
    }
}

public sealed class PendingChangesTestsSqlite(SqliteApp app) : PendingChangesTests(app);
public sealed class PendingChangesTestsPostgres(PostgresApp app) : PendingChangesTests(app);
