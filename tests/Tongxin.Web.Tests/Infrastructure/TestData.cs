using Tongxin.Data.Entities;
using Tongxin.Domain.People;
using Tongxin.Web.Features.Activities;
using Tongxin.Web.Features.Assessment;
using Tongxin.Web.Features.Bodies;
using Tongxin.Web.Features.People;

namespace Tongxin.Web.Tests.Infrastructure;

/// <summary>
/// Test-data builders. They go through the HTTP API, as a client would, and return typed ids; the
/// <c>app.</c> forms act as the county's staff user, the <c>client.</c> forms as whoever the client is.
/// </summary>
public static class TestData
{
    /// <summary>A valid Fengcheng ID number (GB 11643 check character) for the given birth date.</summary>
    public static string NewIdNumber(string birth = "19850612", int seq = -1)
    {
        var s = seq >= 0 ? seq : Random.Shared.Next(100, 999);
        var first17 = "370404" + birth + s.ToString("000");
        return first17 + IdNumber.CheckCharFor(first17);
    }

    public static string NewIdNumber(DateOnly birth) => NewIdNumber(birth.ToString("yyyyMMdd"));

    public static string Unique(string prefix) => prefix + Guid.NewGuid().ToString("N")[..6];

    /// <summary>The app's own create/edit request for a person; only what a test names is filled in.</summary>
    public static SavePerson.Request Person(string name, Guid? node, string[]? categories = null,
        string? idNumber = null, string? phone = null, DateOnly? birthDate = null, string? ethnicity = null,
        string? affiliation = null, string? education = null, string? religion = null, string? employer = null,
        long version = 0, DateOnly? recognisedOn = null) =>
        new(Name: name, Gender: null, BirthDate: birthDate, IdNumber: idNumber, Phone: phone, Ethnicity: ethnicity,
            Religion: religion, Affiliation: affiliation, Education: education, Employer: employer, Position: null,
            RepresentativeLevel: null, Categories: categories ?? ["C02"], Tags: null, Notes: null, NodeId: node,
            Version: version, RecognisedOn: recognisedOn);

    /// <summary>Creates the person through <c>POST /api/v1/people</c> (expects 201) and returns the id.</summary>
    public static async Task<Guid> NewPerson(this HttpClient c, SavePerson.Request person) =>
        await (await c.PostAsJsonAsync("/api/v1/people", person)).CreatedId();

    /// <summary>A person with the given affiliation and education (a party member, A11, needs no category).</summary>
    public static async Task<Guid> NewPerson(this HttpClient c, Guid node, string name, string affiliation = "A09",
        string education = "D02", DateOnly? birth = null, string[]? categories = null) =>
        await c.NewPerson(Person(name, node, categories ?? (affiliation == "A11" ? [] : ["C02"]),
            idNumber: birth is { } b ? NewIdNumber(b) : null, affiliation: affiliation, education: education));

    public static async Task<Guid> NewPerson(this TestApp app, SavePerson.Request person) =>
        await (await app.Staff()).NewPerson(person);

    /// <summary>A person named <paramref name="name"/> (unique if not given) at <paramref name="node"/>, as
    /// staff.</summary>
    public static Task<Guid> NewPerson(this TestApp app, Guid node, string? name = null, string[]? categories = null) =>
        app.NewPerson(Person(name ?? Unique("人员"), node, categories));

    /// <summary>Creates a body (机构) through <c>POST /api/v1/bodies</c> and returns its id.</summary>
    public static async Task<Guid> NewBody(this HttpClient c, Guid node, string? name = null,
        BodyType type = BodyType.Department, Guid? parent = null) =>
        await (await c.PostAsJsonAsync("/api/v1/bodies",
            new SaveBody.Request(name ?? Unique("机构"), type, node, parent, null))).CreatedId();

    public static async Task<Guid> NewBody(this TestApp app, Guid node, string? name = null,
        BodyType type = BodyType.Department, Guid? parent = null) =>
        await (await app.Staff()).NewBody(node, name, type, parent);

    /// <summary>A scheme with categories and their leaves; returns the scheme and every indicator by title.</summary>
    public static async Task<(Guid Scheme, Dictionary<string, Guid> Items)> NewScheme(this HttpClient staff, int year,
        params (string Category, (string Title, string Points, string? Auto)[] Items)[] tree)
    {
        var scheme = await (await staff.PostAsJsonAsync("/api/v1/assessment/schemes",
            new SaveScheme.Request(year, $"测试方案 {year}", null, "60"))).CreatedId();
        var items = new Dictionary<string, Guid>();
        var url = $"/api/v1/assessment/schemes/{scheme}/indicators";
        foreach (var (category, leaves) in tree)
        {
            var points = leaves.Sum(l => decimal.Parse(l.Points)).ToString();
            var parent = await (await staff.PostAsJsonAsync(url,
                new SaveIndicator.Request(null, category, points, null, null))).CreatedId();
            items[category] = parent;
            foreach (var (title, leafPoints, auto) in leaves)
                items[title] = await (await staff.PostAsJsonAsync(url,
                    new SaveIndicator.Request(parent, title, leafPoints, null, auto))).CreatedId();
        }
        return (scheme, items);
    }

    /// <summary>The id of the region the client can see with exactly this name.</summary>
    public static async Task<Guid> Node(this HttpClient c, string name) =>
        (await c.Get<Page<RegionDto>>($"/api/v1/regions?q={Uri.EscapeDataString(name)}")).Items
            .First(r => r.Name == name).Id;

    /// <summary>The first region the client can see (for a town user: their own town).</summary>
    public static async Task<Guid> FirstNode(this HttpClient c) =>
        (await c.Get<Page<RegionDto>>("/api/v1/regions")).Items.First().Id;

    public static async Task<Guid> Node(this TestApp app, string name) => await (await app.Staff()).Node(name);

    /// <summary>The id of the first body (机构) the client finds by this search text.</summary>
    public static async Task<Guid> FirstBody(this HttpClient c, string q) =>
        (await c.Get<Page<BodyRow>>($"/api/v1/bodies?q={Uri.EscapeDataString(q)}")).Items.First().Id;

    /// <summary>The app's own request for recording an activity (活动); only what a test names is filled
    /// in.</summary>
    public static RecordActivity.Request Activity(DateOnly? date, string? type, string? topic, Guid? body = null,
        Guid? memberUnit = null, string? minutes = null, long version = 0) =>
        new(date, type, body, PersonId: null, NodeId: null, topic, minutes, Participants: null, memberUnit, version);
}
