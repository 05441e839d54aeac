using static Tongxin.Web.Tests.Infrastructure.TestData;

namespace Tongxin.Web.Tests.People;

/// <summary>
/// FLT-3: 50 parallel updates of one record carrying the same version — exactly one wins per version, the rest get
/// 409, and what is stored is the winner's edit (nothing silently lost or mixed).
/// </summary>
public abstract class ParallelUpdateTests(TestApp app)
{
    [Fact]
    [Trait("Req", "FLT-3")]
    [Trait("Req", "SEC-25")]
    public async Task Fifty_parallel_updates_of_one_version_give_one_winner_and_49_conflicts()
    {
        var staff = await app.SignInAs("staff");
        var node = await staff.Node("峰城区");
        var pid = await staff.NewPerson(Person("并发五十", node));
        for (var round = 0; round < 2; round++)
        {
            var version = (await staff.Get<PersonDto>($"/api/v1/people/{pid}")).Version;
            var answers = await Task.WhenAll(Enumerable.Range(0, 50).Select(async i =>
            {
                var edit = Person($"并发五十{round}-{i:00}", node, version: version);
                using var response = await staff.PutAsJsonAsync($"/api/v1/people/{pid}", edit);
                return (i, response.StatusCode);
            }));
            var winners = answers.Where(a => a.StatusCode == HttpStatusCode.NoContent).ToList();
            winners.Count.ShouldBe(1, $"round {round}");
            answers.Count(a => a.StatusCode == HttpStatusCode.Conflict).ShouldBe(49, $"round {round}");
            var stored = await staff.Get<PersonDto>($"/api/v1/people/{pid}");
            stored.Name.ShouldBe($"并发五十{round}-{winners[0].i:00}");
            stored.Version.ShouldNotBe(version);
        }
    }
}

public sealed class ParallelUpdateTestsSqlite(SqliteApp app) : ParallelUpdateTests(app);
public sealed class ParallelUpdateTestsPostgres(PostgresApp app) : ParallelUpdateTests(app);
