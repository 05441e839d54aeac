namespace Tongxin.Web.Tests.Assessment;

/// <summary>The demo's published 2019 ranking and the 2020 preview (ASM-4, RPT-1).</summary>
public abstract class AssessmentDemoTests(TestApp app)
{
    private static Task<ResultsDto> Results(HttpClient c, int year) =>
        c.Get<ResultsDto>($"/api/v1/assessment/results?year={year}");

    [Fact]
    [Trait("Req", "ASM-4")]
    [Trait("Req", "RPT-1")]
    public async Task The_demo_has_a_published_2019_ranking_and_a_2020_preview_only_the_district_sees()
    {
        var staff = await app.SignInAs("staff");
        var y2019 = await Results(staff, 2019);
        y2019.Preview.ShouldBeFalse();
        var rows = y2019.Rows;
        rows.Count.ShouldBe(8);
        rows.Select(r => r.Rank).ShouldBeInOrder();
        var flagged = rows.Where(r => r.Flagged).ToList();
        flagged.ShouldNotBeEmpty();
        flagged.ShouldAllBe(r => r.Total < 600 && r.Lost.Count > 0);
        rows[0].Categories.Count.ShouldBe(6);
        y2019.Average.Count.ShouldBe(6);

        var y2020 = await Results(staff, 2020);
        y2020.Preview.ShouldBeTrue();
        y2020.Rows.ShouldAllBe(r => r.LastYear != null);
        var town = await app.SignInAs("town3");
        var townView = await Results(town, 2020);
        townView.Preview.ShouldBeFalse();
        townView.Rows.ShouldBeEmpty();
        // the published ranking is public to the towns
        (await Results(town, 2019)).Rows.Count.ShouldBe(8);
    }
}

public sealed class AssessmentDemoTestsSqlite(SqliteApp app) : AssessmentDemoTests(app);
public sealed class AssessmentDemoTestsPostgres(PostgresApp app) : AssessmentDemoTests(app);
