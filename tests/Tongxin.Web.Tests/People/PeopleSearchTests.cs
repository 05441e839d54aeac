using System.Text.Json;
using Tongxin.Web.Features.People;
using static Tongxin.Web.Tests.Infrastructure.TestData;

namespace Tongxin.Web.Tests.People;

/// <summary>Finding people: variant characters, exact ID/phone, pinyin initials, paging and sorting.</summary>
public abstract class PeopleSearchTests(TestApp app)
{
    private static SavePerson.Request Demo(string name, Guid node, string? id = null, string? phone = null) =>
        Person(name, node, idNumber: id, phone: phone, ethnicity: "E01", affiliation: "A09");

    [Fact]
    [Trait("Req", "PPL-6")]
    [Trait("Req", "PPL-5")]
    public async Task Names_match_across_variant_characters_and_widths_and_ids_and_phones_match_exactly()
    {
        var staff = await app.SignInAs("staff");
        var id = NewIdNumber("19800808");
        await staff.NewPerson(Demo("峯城 李Ａ明", await staff.Node("峰城区"), id, "13712340000"));
        (await staff.Get<Page<PersonRow>>("/api/v1/people?q=峰城李a")).Items
            .ShouldContain(p => p.Name == "峯城 李Ａ明");
        async Task<int> Search(string q) =>
            (await (await staff.PostAsJsonAsync("/api/v1/people/search", new ListPeople.Query(Q: q)))
                .Read<PageTotal>()).Total;
        (await Search(id)).ShouldBe(1);
        (await staff.GetAsync($"/api/v1/people?q={id}")).StatusCode
            .ShouldBe(HttpStatusCode.BadRequest); // never in a URL (SEC-17)
        (await Search("13712340000")).ShouldBe(1);
        (await staff.Get<Page<PersonRow>>("/api/v1/people?category=C02&pageSize=5")).Items
            .ShouldAllBe(p => p.Categories.Contains("无党派人士"));
    }

    [Fact]
    [Trait("Req", "PPL-6")]
    public async Task Pinyin_initials_find_a_person_and_scope_still_applies()
    {
        var staff = await app.SignInAs("staff");
        var id = await staff.NewPerson(Demo("覃晓峯", await staff.Node("峰城区")));
        async Task<List<PersonRow>> Find(HttpClient c, string q) =>
            (await c.Get<Page<PersonRow>>($"/api/v1/people?q={Uri.EscapeDataString(q)}&pageSize=100")).Items;
        foreach (var q in new[] { "qxf", "QXF", "qx", "覃晓峰" })
            (await Find(staff, q)).ShouldContain(p => p.Id == id, q);
        (await Find(staff, "xqf")).ShouldNotContain(p => p.Id == id);
        var town1 = await app.SignInAs("town1");
        (await Find(town1, "qxf")).ShouldNotContain(p => p.Id == id);
    }

    [Fact]
    [Trait("Req", "PPL-6")]
    [Trait("Req", "PPL-5")]
    public async Task Paging_through_a_search_shows_every_match_once_in_the_list_order()
    {
        var staff = await app.SignInAs("staff");
        var county = await staff.Node("峰城区");
        var created = new List<Guid>();
        foreach (var c in "一二三四五六七八九十甲乙丙丁戊己庚辛壬癸子丑寅")
            created.Add(await staff.NewPerson(Demo("檀翊" + c, county)));
        var whole = await staff.Get<Page<PersonRow>>("/api/v1/people?q=檀翊&pageSize=50");
        whole.Total.ShouldBe(23);
        var order = whole.Items.Select(p => p.Id).ToList();
        order.ShouldBe(created, ignoreOrder: true);
        var walked = new List<Guid>();
        foreach (var (page, size) in new[] { (1, 10), (2, 10), (3, 3) })
        {
            // raw JSON: the masked ID must be on the wire for every row, even when it is null
            var json = await staff.GetJson($"/api/v1/people?q=檀翊&pageSize=10&page={page}");
            json.GetProperty("total").GetInt32().ShouldBe(23);
            var rows = json.Deserialize<Page<PersonRow>>(HttpExtensions.Json)!.Items;
            rows.Count.ShouldBe(size);
            rows.ShouldAllBe(r => r.Name.StartsWith("檀翊"));
            json.Items().ShouldAllBe(r => r.GetProperty("idMasked").ValueKind != JsonValueKind.Undefined);
            walked.AddRange(rows.Select(r => r.Id));
        }
        walked.ShouldBe(order); // the same order page by page as in one page, nothing twice, nothing missed
        (await staff.Get<Page<PersonRow>>("/api/v1/people?q=檀翊&pageSize=10&page=4")).Items.ShouldBeEmpty();
    }

    [Fact]
    [Trait("Req", "PPL-6")]
    public async Task The_list_sorts_by_age_and_by_name()
    {
        var staff = await app.SignInAs("staff");
        async Task<List<PersonRow>> Rows(string sort) =>
            (await staff.Get<Page<PersonRow>>(
                $"/api/v1/people?tag=演示数据&category=C03&pageSize=100&sort={sort}")).Items;
        var oldest = (await Rows("-age")).Where(r => r.Age is not null).Select(r => r.Age!.Value).ToList();
        oldest.Count.ShouldBeGreaterThan(5);
        oldest.ShouldBe(oldest.OrderByDescending(a => a).ToList());
        var youngest = (await Rows("age")).Where(r => r.Age is not null).Select(r => r.Age!.Value).ToList();
        youngest.ShouldBe(youngest.OrderBy(a => a).ToList());
        (await Rows("name")).Count.ShouldBe((await Rows("-name")).Count);
    }
}

public sealed class PeopleSearchTestsSqlite(SqliteApp app) : PeopleSearchTests(app);
public sealed class PeopleSearchTestsPostgres(PostgresApp app) : PeopleSearchTests(app);
