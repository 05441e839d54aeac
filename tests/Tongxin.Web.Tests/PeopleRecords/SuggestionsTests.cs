using System.Text.Json;
using static Tongxin.Web.Tests.Infrastructure.TestData;

namespace Tongxin.Web.Tests.PeopleRecords;

/// <summary>Suggestions are handled and the adoption rate follows (PPL-10).</summary>
public abstract class SuggestionsTests(TestApp app)
{
    [Fact]
    [Trait("Req", "PPL-10")]
    public async Task Suggestions_are_handled_and_the_adoption_rate_follows()
    {
        var staff = await app.SignInAs("staff");
        var node = await staff.Node("经济开发区");
        var person = await staff.NewPerson(node, Unique("建言人"));
        var year = 2019;
        var title = Unique("建议");
        (await staff.PostAsJsonAsync("/api/v1/suggestions",
            new
            {
                personId = person, title, text = "内容", date = "2019-03-01",
                category = "天气"
            })).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await staff.PostAsJsonAsync("/api/v1/suggestions",
            new
            {
                personId = person, title, text = "内容", date = "2099-03-01",
                category = "经济发展"
            })).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var ids = new List<Guid>();
        for (var i = 0; i < 3; i++)
        {
            var r = await staff.PostAsJsonAsync("/api/v1/suggestions",
                new
                {
                    personId = person, title = $"{title}{i}", text = "内容", date = $"{year}-03-0{i + 1}",
                    category = "经济发展"
                });
            r.StatusCode.ShouldBe(HttpStatusCode.Created);
            ids.Add(await r.CreatedId());
        }
        async Task<JsonElement> Stats() => (await staff.GetJson($"/api/v1/suggestions?q={title}&year={year}"))
            .GetProperty("stats");
        (await Stats()).GetProperty("adoptionRate").GetDecimal().ShouldBe(0m);
        (await staff.PostAsJsonAsync($"/api/v1/suggestions/{ids[0]}/handling",
            new
            {
                handling = 1, note = "已纳入区政府工作",
                version = 0
            })).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await staff.PostAsJsonAsync($"/api/v1/suggestions/{ids[1]}/handling",
            new { handling = 3, note = "已答复", version = 0 })).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await staff.PostAsJsonAsync($"/api/v1/suggestions/{ids[2]}/handling",
            new { handling = 1, note = "", version = 0 })).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        // stale version
        (await staff.PostAsJsonAsync($"/api/v1/suggestions/{ids[1]}/handling",
            new { handling = 1, note = "改判", version = 0 })).StatusCode.ShouldBe(HttpStatusCode.Conflict);
        var stats = await Stats();
        stats.GetProperty("total").GetInt32().ShouldBe(3);
        stats.GetProperty("adopted").GetInt32().ShouldBe(1);
        stats.GetProperty("adoptionRate").GetDecimal().ShouldBe(33.3m);

        var town1 = await app.SignInAs("town1");
        (await town1.GetJson($"/api/v1/suggestions?q={title}")).GetProperty("stats").GetProperty("total").GetInt32()
            .ShouldBe(0);
        (await town1.GetJson("/api/v1/suggestions?pageSize=100")).GetProperty("page").Items()
            .ShouldAllBe(s => s.GetProperty("nodeName").GetString() != "经济开发区");
    }
}

public sealed class SuggestionsTestsSqlite(SqliteApp app) : SuggestionsTests(app);
public sealed class SuggestionsTestsPostgres(PostgresApp app) : SuggestionsTests(app);
