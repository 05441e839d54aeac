using Tongxin.Data.Entities;
using Tongxin.Web.Features.Suggestions;
using static Tongxin.Web.Tests.Infrastructure.TestData;

namespace Tongxin.Web.Tests.PeopleRecords;

/// <summary>Suggestions are handled and the adoption rate follows (PPL-10).</summary>
public abstract class SuggestionsTests(TestApp app)
{
    private sealed record SuggestionRow(Guid Id, string Title, string NodeName);

    private sealed record SuggestionStats(int Total, int Adopted, decimal AdoptionRate);

    private sealed record SuggestionList(Page<SuggestionRow> Page, SuggestionStats Stats);

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
            new SaveSuggestion.Request(person, title, "内容", new DateOnly(2019, 3, 1), "天气")))
            .StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await staff.PostAsJsonAsync("/api/v1/suggestions",
            new SaveSuggestion.Request(person, title, "内容", new DateOnly(2099, 3, 1), "经济发展")))
            .StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var ids = new List<Guid>();
        for (var i = 0; i < 3; i++)
        {
            var r = await staff.PostAsJsonAsync("/api/v1/suggestions",
                new SaveSuggestion.Request(person, $"{title}{i}", "内容", new DateOnly(year, 3, i + 1),
                    "经济发展"));
            r.StatusCode.ShouldBe(HttpStatusCode.Created);
            ids.Add(await r.CreatedId());
        }
        async Task<SuggestionStats> Stats() =>
            (await staff.Get<SuggestionList>($"/api/v1/suggestions?q={title}&year={year}")).Stats;
        (await Stats()).AdoptionRate.ShouldBe(0m);
        Task<HttpResponseMessage> Handle(Guid id, SuggestionHandling handling, string note) =>
            staff.PostAsJsonAsync($"/api/v1/suggestions/{id}/handling",
                new HandleSuggestion.Request(handling, note, Version: 0));
        (await Handle(ids[0], SuggestionHandling.Adopted, "已纳入区政府工作"))
            .StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await Handle(ids[1], SuggestionHandling.Answered, "已答复")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await Handle(ids[2], SuggestionHandling.Adopted, "")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        // stale version
        (await Handle(ids[1], SuggestionHandling.Adopted, "改判")).StatusCode.ShouldBe(HttpStatusCode.Conflict);
        var stats = await Stats();
        stats.Total.ShouldBe(3);
        stats.Adopted.ShouldBe(1);
        stats.AdoptionRate.ShouldBe(33.3m);

        var town1 = await app.SignInAs("town1");
        (await town1.Get<SuggestionList>($"/api/v1/suggestions?q={title}")).Stats.Total.ShouldBe(0);
        (await town1.Get<SuggestionList>("/api/v1/suggestions?pageSize=100")).Page.Items
            .ShouldAllBe(s => s.NodeName != "经济开发区");
    }
}

public sealed class SuggestionsTestsSqlite(SqliteApp app) : SuggestionsTests(app);
public sealed class SuggestionsTestsPostgres(PostgresApp app) : SuggestionsTests(app);
