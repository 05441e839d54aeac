using Tongxin.Web.Features.Liaison;
using static Tongxin.Web.Tests.Infrastructure.TestData;

namespace Tongxin.Web.Tests.Liaison;

/// <summary>同心联盟 (LIA-3): partners, 联镇结村 pairs and their joint activities, which are ordinary activities.</summary>
public abstract class AllianceTests(TestApp app)
{
    private const string Alliance = "/api/v1/liaison/alliance";

    [Fact]
    [Trait("Req", "LIA-3")]
    public async Task A_partner_pairs_once_with_a_node_and_its_joint_activities_are_counted_activities()
    {
        var staff = await app.SignInAs("staff");
        var name = Unique("民盟支部");
        (await (await staff.PostAsJsonAsync($"{Alliance}/partners", new SavePartner.Request(name, "俱乐部", null)))
            .Errors("Kind")).ShouldNotBeEmpty();
        var partner = await (await staff.PostAsJsonAsync($"{Alliance}/partners",
            new SavePartner.Request(name, "民主党派基层组织", "李四"))).CreatedId();
        (await (await staff.PostAsJsonAsync($"{Alliance}/partners",
            new SavePartner.Request(name, "工商联", null))).Errors("Name")).Single().ShouldContain("已登记");

        var village = await staff.Node("贾泉村");
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        (await (await staff.PostAsJsonAsync($"{Alliance}/pairs",
            new SaveAlliance.Request(partner, village, today.AddDays(3), null))).Errors("Since")).ShouldNotBeEmpty();
        var pair = await (await staff.PostAsJsonAsync($"{Alliance}/pairs",
            new SaveAlliance.Request(partner, village, new DateOnly(today.Year, 1, 1), "助力乡村振兴"))).CreatedId();
        (await (await staff.PostAsJsonAsync($"{Alliance}/pairs",
            new SaveAlliance.Request(partner, village, null, null))).Errors("NodeId")).Single().ShouldContain("已与");

        var joint = $"{Alliance}/pairs/{pair}/activities";
        (await (await staff.PostAsJsonAsync(joint, new RecordAllianceActivity.Request(today, " ", null)))
            .Errors("Topic")).ShouldNotBeEmpty();
        var topic = Unique("三联三访");
        var activity = await (await staff.PostAsJsonAsync(joint,
            new RecordAllianceActivity.Request(today, topic, "走访企业"))).CreatedId();
        var recorded = await staff.GetJson($"/api/v1/activities/{activity}");
        recorded.GetProperty("topic").GetString().ShouldBe(topic);

        var list = await staff.Get<ListAlliance.Result>(Alliance);
        list.Partners.ShouldContain(p => p.Id == partner && p.Kind == "民主党派基层组织");
        var row = list.Pairs.Single(p => p.Id == pair);
        (row.Partner, row.Node, row.JointThisYear).ShouldBe((name, "贾泉村", 1));

        var town = await app.SignInAs(BuiltInRole.TownOfficer, TestApp.TownA);
        (await town.Get<ListAlliance.Result>(Alliance)).Pairs.ShouldNotContain(p => p.Id == pair);
        (await town.PostAsJsonAsync(joint, new RecordAllianceActivity.Request(today, topic, null)))
            .StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }
}

public sealed class AllianceTestsSqlite(SqliteApp app) : AllianceTests(app);
public sealed class AllianceTestsPostgres(PostgresApp app) : AllianceTests(app);
