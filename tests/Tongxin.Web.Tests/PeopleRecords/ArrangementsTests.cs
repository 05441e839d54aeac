using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Tongxin.Web.Tests.Infrastructure;
using static Tongxin.Web.Tests.Infrastructure.TestData;

namespace Tongxin.Web.Tests.PeopleRecords;

/// <summary>Seats, terms, annual reviews and the recognition date (PPL-8).</summary>
public abstract class ArrangementsTests(TestApp app)
{
    [Fact]
    [Trait("Req", "PPL-8")]
    public async Task Seats_terms_ending_within_six_months_are_listed_and_reviews_are_one_per_year()
    {
        var staff = await app.SignInAs("staff");
        var expiring = (await staff.GetJson("/api/v1/arrangements?expiringMonths=6&pageSize=100")).Items().ToList();
        expiring.ShouldNotBeEmpty();
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        expiring.ShouldAllBe(s => s.GetProperty("daysLeft").GetInt32() >= 0
            && DateOnly.Parse(s.GetProperty("termEndsOn").GetString()!) <= today.AddMonths(6));
        expiring.Select(s => s.GetProperty("daysLeft").GetInt32()).ShouldBeInOrder();

        var node = await staff.Node("峨山镇");
        var name = Unique("委员");
        var person = await staff.NewPerson(node, name);
        var wrong = await (await staff.PostAsJsonAsync("/api/v1/arrangements",
            new
            {
                personId = person, chamber = "政协", level = "L01", term = "第十届", electedOn = "2026-01-01",
                termEndsOn = "2025-01-01"
            }))
            .Problem(HttpStatusCode.BadRequest);
        wrong.GetProperty("errors").GetProperty("TermEndsOn")[0].GetString()!.ShouldContain("晚于当选时间");
        (await staff.PostAsJsonAsync("/api/v1/arrangements",
            new
            {
                personId = person, chamber = "议会", level = "L01", term = "第十届", electedOn = "2026-01-01",
                termEndsOn = "2031-01-01"
            }))
            .StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var soon = today.AddMonths(2);
        (await staff.PostAsJsonAsync("/api/v1/arrangements",
            new
            {
                personId = person, chamber = "政协", level = "L01", term = "第十届", seat = "委员",
                electedOn = soon.AddYears(-5), termEndsOn = soon
            }))
            .StatusCode.ShouldBe(HttpStatusCode.Created);
        (await staff.Get<PageTotal>($"/api/v1/arrangements?expiringMonths=6&q={name}")).Total.ShouldBe(1);
        (await staff.Get<PageTotal>($"/api/v1/arrangements?expiringMonths=1&q={name}")).Total.ShouldBe(0);

        (await staff.PostAsJsonAsync("/api/v1/arrangements/reviews",
            new
            {
                personId = person, year = today.Year - 1,
                result = "优秀"
            })).StatusCode.ShouldBe(HttpStatusCode.Created);
        (await (await staff.PostAsJsonAsync("/api/v1/arrangements/reviews",
            new
            {
                personId = person, year = today.Year - 1,
                result = "称职"
            })).Errors("Year"))[0].ShouldContain("已有考察记录");
        (await staff.PostAsJsonAsync("/api/v1/arrangements/reviews",
            new
            {
                personId = person, year = today.Year + 1,
                result = "称职"
            })).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var records = await staff.GetJson($"/api/v1/people/{person}/records");
        records.GetProperty("seats").GetArrayLength().ShouldBe(1);
        records.GetProperty("reviews")[0].GetProperty("result").GetString().ShouldBe("优秀");

        var town2 = await app.SignInAs("town2");
        (await town2.Get<PageTotal>($"/api/v1/arrangements?q={name}")).Total.ShouldBe(0);
        (await town2.GetAsync($"/api/v1/people/{person}/records")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    [Trait("Req", "PPL-8")]
    public async Task Recognition_date_belongs_to_non_party_people_only()
    {
        var staff = await app.SignInAs("staff");
        var node = await staff.Node("峰城区");
        var bad = await staff.PostAsJsonAsync("/api/v1/people",
            new
            {
                name = Unique("认定"), nodeId = node, affiliation = "A10", categories = new[] { "C03" },
                recognisedOn = "2015-05-01"
            });
        (await bad.Errors("RecognisedOn"))[0].ShouldContain("无党派人士");
        var good = await staff.PostAsJsonAsync("/api/v1/people",
            new
            {
                name = Unique("认定"), nodeId = node, affiliation = "A09", categories = new[] { "C02" },
                recognisedOn = "2015-05-01"
            });
        good.StatusCode.ShouldBe(HttpStatusCode.Created);
        var id = await good.CreatedId();
        (await staff.GetJson($"/api/v1/people/{id}")).GetProperty("recognisedOn").GetString().ShouldBe("2015-05-01");
        var town1 = await app.SignInAs("leader");
        // leader may see sensitive
        (await town1.GetJson($"/api/v1/people/{id}")).GetProperty("recognisedOn").GetString().ShouldBe("2015-05-01");
    }
}

public sealed class ArrangementsTestsSqlite(SqliteApp app) : ArrangementsTests(app);
public sealed class ArrangementsTestsPostgres(PostgresApp app) : ArrangementsTests(app);
