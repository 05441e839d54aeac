using Tongxin.Web.Features.PendingChanges;
using static Tongxin.Web.Tests.Infrastructure.TestData;

namespace Tongxin.Web.Tests.People;

/// <summary>Editing a person: concurrency, categories from the dictionary, and the kept history of changes.</summary>
public abstract class PeopleEditTests(TestApp app)
{
    [Fact]
    [Trait("Req", "SEC-25")]
    [Trait("Req", "PPL-1")]
    public async Task Two_edits_of_the_same_person_the_second_gets_a_conflict()
    {
        var staff = await app.SignInAs("staff");
        var node = await staff.Node("峰城区");
        var pid = await staff.NewPerson(Person("并发人员", node, ethnicity: "E01", affiliation: "A09"));
        var version = (await staff.Get<PersonDto>($"/api/v1/people/{pid}")).Version;
        var edit = Person("并发人员甲", node, ["C03"], version: version);
        (await staff.PutAsJsonAsync($"/api/v1/people/{pid}", edit)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        await (await staff.PutAsJsonAsync($"/api/v1/people/{pid}", edit with { })).Problem(HttpStatusCode.Conflict);
        (await staff.Get<PersonDto>($"/api/v1/people/{pid}")).Name.ShouldBe("并发人员甲");
    }

    [Fact]
    [Trait("Req", "PPL-2")]
    public async Task The_twelve_categories_are_dictionary_data_and_a_person_can_be_in_several()
    {
        var staff = await app.SignInAs("staff");
        var dict = await staff.Get<PeopleDictionaries>("/api/v1/people/dictionaries");
        var categories = dict.Kinds["person-category"].Select(c => c.Name).ToList();
        categories.Count.ShouldBe(12);
        categories[0].ShouldBe("民主党派成员");
        categories[11].ShouldBe("其他需要联系和团结的人员");
        var county = await staff.Node("峰城区");
        var pid = await staff.NewPerson(Person("多类别人员", county, ["C01", "C06", "C06"]));
        (await staff.Get<PersonDto>($"/api/v1/people/{pid}")).Categories.ShouldBe(["C01", "C06"]);
        var unknown = await staff.PostAsJsonAsync("/api/v1/people", Person("未知类别", county, ["C99"]));
        (await unknown.Errors("Categories"))[0].ShouldContain("C99");
        var none = await staff.PostAsJsonAsync("/api/v1/people", Person("无类别", county, []));
        (await none.Errors("Categories"))[0].ShouldContain("至少");
    }

    [Fact]
    [Trait("Req", "PPL-7")]
    public async Task Every_change_is_kept_with_who_when_and_old_to_new_and_sensitive_fields_stay_hidden()
    {
        var staff = await app.SignInAs("town1");
        var approver = await app.SignInAs("staff");
        var town = await staff.FirstNode();
        async Task<Guid> Approve(HttpResponseMessage proposed)
        {
            var change = await proposed.CreatedId();
            var decided = await approver.PostAsJsonAsync($"/api/v1/pending-changes/{change}/decision",
                new DecidePendingChange.Request(true, null));
            return (await decided.Read<Decided>()).PersonId;
        }
        var pid = await Approve(await staff.PostAsJsonAsync("/api/v1/pending-changes",
            Person("历史人员", town, ["C05"], religion: "R02")));
        await Approve(await staff.PostAsJsonAsync($"/api/v1/pending-changes?personId={pid}",
            Person("历史人员改", town, ["C05"], employer: "新单位", version: 0)));
        var history = await staff.Get<List<HistoryEntry>>($"/api/v1/people/{pid}/history");
        history.Count.ShouldBe(2);
        history[0].UserName.ShouldBe("staff"); // the approver wrote it
        history[0].Changes.ShouldContain(c =>
            c.Field == "Name" && c.Before == "历史人员" && c.After == "历史人员改");
        // raw JSON: the field must be absent from the wire, not only from what a DTO reads
        (await staff.GetJson($"/api/v1/people/{pid}/history")).GetRawText()
            .ShouldNotContain("Religion"); // town1 may not see religion, not even in history
        var leader = await app.SignInAs("staff");
        (await leader.GetJson($"/api/v1/people/{pid}/history")).GetRawText().ShouldContain("Religion");
        var town2 = await app.SignInAs("town2");
        (await town2.GetAsync($"/api/v1/people/{pid}/history")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }
}

public sealed class PeopleEditTestsSqlite(SqliteApp app) : PeopleEditTests(app);
public sealed class PeopleEditTestsPostgres(PostgresApp app) : PeopleEditTests(app);
