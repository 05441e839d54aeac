using System.Text.Json;
using static Tongxin.Web.Tests.Infrastructure.TestData;

namespace Tongxin.Web.Tests.PeopleRecords;

/// <summary>Non-party cadres: rank, post and placements (PPL-3).</summary>
public abstract class CadresTests(TestApp app)
{
    [Fact]
    [Trait("Req", "PPL-3")]
    public async Task Non_party_cadres_have_rank_post_and_placements_and_party_members_are_refused()
    {
        var staff = await app.SignInAs("staff");
        var demo = await staff.GetJson("/api/v1/cadres?pageSize=100");
        demo.GetProperty("byRank").GetProperty("副县级").GetInt32().ShouldBeGreaterThanOrEqualTo(5);
        demo.GetProperty("byRank").GetProperty("正科级").GetInt32().ShouldBeGreaterThanOrEqualTo(5);
        demo.GetProperty("placed").GetInt32().ShouldBeGreaterThanOrEqualTo(6);

        var county = await staff.Node("峰城区");
        var member = await staff.NewPerson(county, Unique("党员"), "A11");
        var refused = await (await staff.PostAsJsonAsync("/api/v1/cadres",
            new { personId = member, rank = "正科级" })).Problem(HttpStatusCode.BadRequest);
        refused.GetProperty("errors").GetProperty("PersonId")[0].GetString()!.ShouldContain("中共党员");
        (await (await staff.PostAsJsonAsync("/api/v1/cadres",
            new { personId = member, rank = "处级" })).Errors("Rank"))[0].ShouldContain("职级");

        var name = Unique("干部");
        var person = await staff.NewPerson(county, name);
        var created = await staff.PostAsJsonAsync("/api/v1/cadres",
            new { personId = person, rank = "副县级", post = "区科技局副局长" });
        created.StatusCode.ShouldBe(HttpStatusCode.Created);
        var cadre = await created.CreatedId();
        // once only
        (await staff.PostAsJsonAsync("/api/v1/cadres",
            new { personId = person, rank = "正科级" })).StatusCode.ShouldBe(HttpStatusCode.BadRequest);

        var town = await staff.Node("底阁镇");
        var backwards = await (await staff.PostAsJsonAsync("/api/v1/cadres/placements",
            new { cadreId = cadre, kind = "挂职", townId = town, startOn = "2026-03-01", endOn = "2026-01-01" }))
            .Problem(HttpStatusCode.BadRequest);
        backwards.GetProperty("errors").GetProperty("EndOn")[0].GetString()!.ShouldContain("早于");
        (await staff.PostAsJsonAsync("/api/v1/cadres/placements",
            new
            {
                cadreId = cadre, kind = "赴镇街锻炼", townId = town, startOn = "2026-03-01",
                endOn = "2027-03-01"
            }))
            .StatusCode.ShouldBe(HttpStatusCode.Created);
        var row = (await staff.GetJson($"/api/v1/cadres?q={name}")).GetProperty("page").Items().Single();
        row.GetProperty("rank").GetString().ShouldBe("副县级");
        var placement = row.GetProperty("placements")[0];
        placement.GetProperty("unit").GetString().ShouldBe("底阁镇党（工）委");
        placement.GetProperty("townName").GetString().ShouldBe("底阁镇");

        var town1 = await app.SignInAs("town1");
        // county cadre, not town1's
        (await town1.GetJson($"/api/v1/cadres?q={name}")).GetProperty("page").GetProperty("total").GetInt32()
            .ShouldBe(0);
        (await town1.PostAsJsonAsync("/api/v1/cadres",
            new { personId = person, rank = "正科级" })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }
}

public sealed class CadresTestsSqlite(SqliteApp app) : CadresTests(app);
public sealed class CadresTestsPostgres(PostgresApp app) : CadresTests(app);
