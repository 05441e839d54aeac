using Tongxin.Web.Features.Cadres;
using static Tongxin.Web.Tests.Infrastructure.TestData;

namespace Tongxin.Web.Tests.PeopleRecords;

/// <summary>Non-party cadres: rank, post and placements (PPL-3).</summary>
public abstract class CadresTests(TestApp app)
{
    private sealed record PlacementDto(Guid Id, string Kind, string Unit, string? TownName);

    private sealed record CadreRow(Guid Id, Guid PersonId, string Name, string Rank, string? Post,
        List<PlacementDto> Placements);

    private sealed record CadreList(Page<CadreRow> Page, Dictionary<string, int> ByRank, int Placed);

    [Fact]
    [Trait("Req", "PPL-3")]
    public async Task Non_party_cadres_have_rank_post_and_placements_and_party_members_are_refused()
    {
        var staff = await app.SignInAs("staff");
        var demo = await staff.Get<CadreList>("/api/v1/cadres?pageSize=100");
        demo.ByRank["副县级"].ShouldBeGreaterThanOrEqualTo(5);
        demo.ByRank["正科级"].ShouldBeGreaterThanOrEqualTo(5);
        demo.Placed.ShouldBeGreaterThanOrEqualTo(6);

        var county = await staff.Node("峰城区");
        var member = await staff.NewPerson(county, Unique("党员"), "A11");
        (await (await staff.PostAsJsonAsync("/api/v1/cadres", new SaveCadre.Request(member, "正科级", null)))
            .Errors("PersonId"))[0].ShouldContain("中共党员");
        (await (await staff.PostAsJsonAsync("/api/v1/cadres",
            new SaveCadre.Request(member, "处级", null))).Errors("Rank"))[0].ShouldContain("职级");

        var name = Unique("干部");
        var person = await staff.NewPerson(county, name);
        var created = await staff.PostAsJsonAsync("/api/v1/cadres",
            new SaveCadre.Request(person, "副县级", "区科技局副局长"));
        created.StatusCode.ShouldBe(HttpStatusCode.Created);
        var cadre = await created.CreatedId();
        // once only
        (await staff.PostAsJsonAsync("/api/v1/cadres",
            new SaveCadre.Request(person, "正科级", null))).StatusCode.ShouldBe(HttpStatusCode.BadRequest);

        var town = await staff.Node("底阁镇");
        var march = new DateOnly(2026, 3, 1);
        (await (await staff.PostAsJsonAsync("/api/v1/cadres/placements",
            new SavePlacement.Request(cadre, "挂职", null, town, march, new DateOnly(2026, 1, 1))))
            .Errors("EndOn"))[0].ShouldContain("早于");
        (await staff.PostAsJsonAsync("/api/v1/cadres/placements",
            new SavePlacement.Request(cadre, "赴镇街锻炼", null, town, march, march.AddYears(1))))
            .StatusCode.ShouldBe(HttpStatusCode.Created);
        var row = (await staff.Get<CadreList>($"/api/v1/cadres?q={name}")).Page.Items.Single();
        row.Rank.ShouldBe("副县级");
        var placement = row.Placements[0];
        placement.Unit.ShouldBe("底阁镇党（工）委");
        placement.TownName.ShouldBe("底阁镇");

        var town1 = await app.SignInAs("town1");
        // county cadre, not town1's
        (await town1.Get<CadreList>($"/api/v1/cadres?q={name}")).Page.Total.ShouldBe(0);
        (await town1.PostAsJsonAsync("/api/v1/cadres",
            new SaveCadre.Request(person, "正科级", null))).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }
}

public sealed class CadresTestsSqlite(SqliteApp app) : CadresTests(app);
public sealed class CadresTestsPostgres(PostgresApp app) : CadresTests(app);
