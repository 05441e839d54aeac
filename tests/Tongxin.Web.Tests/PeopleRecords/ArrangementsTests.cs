using Tongxin.Web.Features.Arrangements;
using static Tongxin.Web.Tests.Infrastructure.TestData;

namespace Tongxin.Web.Tests.PeopleRecords;

/// <summary>Seats, terms, annual reviews and the recognition date (PPL-8).</summary>
public abstract class ArrangementsTests(TestApp app)
{
    private sealed record SeatRow(Guid Id, string Name, DateOnly TermEndsOn, int DaysLeft);

    private sealed record Seat(Guid Id);

    private sealed record Review(int Year, string Result);

    private sealed record PersonRecords(List<Seat> Seats, List<Review> Reviews);

    [Fact]
    [Trait("Req", "PPL-8")]
    public async Task Seats_terms_ending_within_six_months_are_listed_and_reviews_are_one_per_year()
    {
        var staff = await app.SignInAs("staff");
        var expiring = (await staff.Get<Page<SeatRow>>("/api/v1/arrangements?expiringMonths=6&pageSize=100"))
            .Items;
        expiring.ShouldNotBeEmpty();
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        expiring.ShouldAllBe(s => s.DaysLeft >= 0 && s.TermEndsOn <= today.AddMonths(6));
        expiring.Select(s => s.DaysLeft).ShouldBeInOrder();

        var node = await staff.Node("峨山镇");
        var name = Unique("委员");
        var person = await staff.NewPerson(node, name);
        var elected = new DateOnly(2026, 1, 1);
        (await (await staff.PostAsJsonAsync("/api/v1/arrangements",
            new SaveArrangement.Request(person, "政协", "L01", "第十届", null, elected, new DateOnly(2025, 1, 1))))
            .Errors("TermEndsOn"))[0].ShouldContain("晚于当选时间");
        (await staff.PostAsJsonAsync("/api/v1/arrangements",
            new SaveArrangement.Request(person, "议会", "L01", "第十届", null, elected, new DateOnly(2031, 1, 1))))
            .StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var soon = today.AddMonths(2);
        (await staff.PostAsJsonAsync("/api/v1/arrangements",
            new SaveArrangement.Request(person, "政协", "L01", "第十届", "委员", soon.AddYears(-5), soon)))
            .StatusCode.ShouldBe(HttpStatusCode.Created);
        (await staff.Get<PageTotal>($"/api/v1/arrangements?expiringMonths=6&q={name}")).Total.ShouldBe(1);
        (await staff.Get<PageTotal>($"/api/v1/arrangements?expiringMonths=1&q={name}")).Total.ShouldBe(0);

        (await staff.PostAsJsonAsync("/api/v1/arrangements/reviews",
            new SaveAnnualReview.Request(person, today.Year - 1, "优秀", null)))
            .StatusCode.ShouldBe(HttpStatusCode.Created);
        (await (await staff.PostAsJsonAsync("/api/v1/arrangements/reviews",
            new SaveAnnualReview.Request(person, today.Year - 1, "称职", null))).Errors("Year"))[0]
            .ShouldContain("已有考察记录");
        (await staff.PostAsJsonAsync("/api/v1/arrangements/reviews",
            new SaveAnnualReview.Request(person, today.Year + 1, "称职", null)))
            .StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var records = await staff.Get<PersonRecords>($"/api/v1/people/{person}/records");
        records.Seats.Count.ShouldBe(1);
        records.Reviews[0].Result.ShouldBe("优秀");

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
        var recognised = new DateOnly(2015, 5, 1);
        var bad = await staff.PostAsJsonAsync("/api/v1/people",
            Person(Unique("认定"), node, ["C03"], affiliation: "A10", recognisedOn: recognised));
        (await bad.Errors("RecognisedOn"))[0].ShouldContain("无党派人士");
        var good = await staff.PostAsJsonAsync("/api/v1/people",
            Person(Unique("认定"), node, ["C02"], affiliation: "A09", recognisedOn: recognised));
        good.StatusCode.ShouldBe(HttpStatusCode.Created);
        var id = await good.CreatedId();
        (await staff.Get<PersonDto>($"/api/v1/people/{id}")).RecognisedOn.ShouldBe(recognised);
        var town1 = await app.SignInAs("leader");
        // leader may see sensitive
        (await town1.Get<PersonDto>($"/api/v1/people/{id}")).RecognisedOn.ShouldBe(recognised);
    }
}

public sealed class ArrangementsTestsSqlite(SqliteApp app) : ArrangementsTests(app);
public sealed class ArrangementsTestsPostgres(PostgresApp app) : ArrangementsTests(app);
