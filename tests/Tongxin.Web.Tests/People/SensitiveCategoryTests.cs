using Tongxin.Web.Features.PendingChanges;
using static Tongxin.Web.Tests.Infrastructure.TestData;

namespace Tongxin.Web.Tests.People;

/// <summary>
/// SEC-24 / ACC-4 (issue 14, item 7): 少数民族人士, 宗教界人士 and 民主党派成员 tell the ethnicity, religion or
/// affiliation a town officer sees masked, so they are marked sensitive in the dictionary and masked, not offered
/// and not filterable without "view sensitive"; a user with it sees and filters them as before.
/// </summary>
public abstract class SensitiveCategoryTests(TestApp app)
{
    private const string Minority = "C04", NonParty = "C02";

    [Fact]
    [Trait("Req", "SEC-24")]
    [Trait("Req", "ACC-4")]
    public async Task A_town_officer_neither_sees_nor_filters_by_a_sensitive_category()
    {
        var town = await app.Node("坛山街道");
        var name = Unique("少数民族类别");
        var person = await app.NewPerson(Person(name, town, [Minority, NonParty], ethnicity: "E03"));
        var officer = await app.SignInAs(BuiltInRole.TownOfficer, TestApp.TownA);

        var dictionary = await officer.Get<SensitiveDictionaries>("/api/v1/people/dictionaries");
        dictionary.Kinds["person-category"].Where(i => i.Sensitive).Select(i => i.Name)
            .ShouldBe(["民主党派成员", "少数民族人士", "宗教界人士"], ignoreOrder: true);

        var row = (await officer.Get<Page<PersonRow>>($"/api/v1/people?q={name}")).Items.Single();
        row.Categories.ShouldBe("无党派人士");
        var shown = await officer.Get<PersonDto>($"/api/v1/people/{person}");
        shown.Categories.ShouldBe([NonParty]);
        shown.Display.Categories.ShouldBe("无党派人士");
        shown.Ethnicity.ShouldBe("***");

        var refused = await (await officer.GetAsync($"/api/v1/people?category={Minority}"))
            .Problem(HttpStatusCode.Forbidden);
        refused.GetProperty("title").GetString()!.ShouldContain("少数民族人士");
        refused.GetProperty("title").GetString()!.ShouldContain("敏感信息");
        (await officer.GetAsync($"/api/v1/people/export?category={Minority}"))
            .StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        var file = await officer.GetAsync($"/api/v1/people/export?nodeId={town}");
        file.StatusCode.ShouldBe(HttpStatusCode.OK);
        using (var stream = new MemoryStream(await file.Content.ReadAsByteArrayAsync()))
            MiniExcelLibs.MiniExcel.Query(stream, useHeaderRow: false).Cast<IDictionary<string, object?>>()
                .SelectMany(r => r.Values).ShouldNotContain(v => (v ?? "").ToString()!.Contains("少数民族人士"));

        var board = await officer.Get<DashboardDto>("/api/v1/dashboard");
        board.ByCategory.Select(c => c.Code).ShouldNotContain(Minority);
        board.ByCategory.Select(c => c.Code).ShouldContain(NonParty);

        var history = await officer.GetJson($"/api/v1/people/{person}/history");
        history.ToString().ShouldNotContain(Minority);
    }

    [Fact]
    [Trait("Req", "SEC-24")]
    public async Task A_user_with_view_sensitive_sees_and_filters_by_them()
    {
        var town = await app.Node("坛山街道");
        var name = Unique("宗教类别");
        await app.NewPerson(Person(name, town, ["C05", NonParty]));
        var leader = await app.SignInAs("leader");
        (await leader.Get<Page<PersonRow>>($"/api/v1/people?q={name}")).Items.Single().Categories
            .ShouldBe("无党派人士、宗教界人士");
        (await leader.Get<Page<PersonRow>>($"/api/v1/people?q={name}&category=C05")).Total.ShouldBe(1);
        (await leader.Get<DashboardDto>("/api/v1/dashboard")).ByCategory.Select(c => c.Code).ShouldContain("C05");
    }

    [Fact]
    [Trait("Req", "SEC-24")]
    public async Task A_change_proposed_by_a_town_officer_keeps_the_categories_they_could_not_see()
    {
        var town = await app.Node("坛山街道");
        var name = Unique("保留类别");
        var person = await app.NewPerson(Person(name, town, [Minority, NonParty]));
        var officer = await app.SignInAs(BuiltInRole.TownOfficer, TestApp.TownA);
        var seen = await officer.Get<PersonDto>($"/api/v1/people/{person}");
        var proposal = Person(name, town, [.. seen.Categories, "C03"], version: seen.Version);
        var change = await (await officer.PostAsJsonAsync($"/api/v1/pending-changes?personId={person}", proposal))
            .CreatedId();
        var staff = await app.SignInAs("staff");
        (await staff.PostAsJsonAsync($"/api/v1/pending-changes/{change}/decision",
            new DecidePendingChange.Request(true, null))).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await staff.Get<PersonDto>($"/api/v1/people/{person}")).Categories
            .ShouldBe([NonParty, "C03", Minority], ignoreOrder: true);
    }

    private sealed record SensitiveItem(string Code, string Name, bool Sensitive);

    private sealed record SensitiveDictionaries(Dictionary<string, List<SensitiveItem>> Kinds);
}

public sealed class SensitiveCategoryTestsSqlite(SqliteApp app) : SensitiveCategoryTests(app);
public sealed class SensitiveCategoryTestsPostgres(PostgresApp app) : SensitiveCategoryTests(app);
