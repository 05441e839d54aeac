using System.Reflection;
using System.Security.Claims;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Tongxin.Data.Entities;
using Tongxin.Web.Features.People;
using Tongxin.Web.Infrastructure;
using Tongxin.Web.Security;
using Tongxin.Web.Startup;
using static Tongxin.Web.Tests.Infrastructure.TestData;

namespace Tongxin.Web.Tests.People;

/// <summary>
/// A handler asks its injected user what may be shown (ACC-4), so a page (an operation scope carrying the circuit's
/// user, as <see cref="Operations"/> makes it) and the API give the same person the same masking.
/// </summary>
public abstract class HandlerUserTests(TestApp app)
{
    [Theory]
    [InlineData("leader")]
    [InlineData("town1")]
    [Trait("Req", "ACC-4")]
    public async Task A_page_and_the_api_mask_the_same_person_alike_for_the_same_user(string userName)
    {
        var pid = await NewSensitivePersonAsync();
        var api = await app.SignInAs(userName);

        var (person, list, history) = await AsPageAsync(userName, async sp => (
            await sp.GetRequiredService<GetPerson>().HandleAsync(pid),
            await sp.GetRequiredService<ListPeople>().HandleAsync(new(Q: "同源", NodeId: await TownAsync())),
            await sp.GetRequiredService<GetPersonHistory>().HandleAsync(pid)));

        Same(person, await api.GetJson($"/api/v1/people/{pid}"));
        Same(list.Items.Single(r => r.Id == pid),
            (await api.GetJson($"/api/v1/people?q=同源&nodeId={await TownAsync()}&pageSize=100"))
                .GetProperty("items").EnumerateArray().Single(r => r.GetProperty("id").GetGuid() == pid));
        var fromApi = (await api.Get<List<HistoryEntry>>($"/api/v1/people/{pid}/history"))
            .SelectMany(e => e.Changes.Select(c => $"{e.Event} {c.Field}: {c.Before} → {c.After}")).ToList();
        history.SelectMany(e => e.Changes.Select(c => $"{e.Event} {c.Field}: {c.Before} → {c.After}"))
            .ShouldBe(fromApi);
        // and the two users differ where ACC-4 says they do
        var sensitive = userName == "leader";
        (person.Affiliation == ListPeople.Masked).ShouldBe(!sensitive);
        fromApi.Any(c => c.Contains("Affiliation", StringComparison.Ordinal)).ShouldBe(sensitive);
    }

    [Fact]
    [Trait("Req", "ACC-4")]
    public async Task A_handler_cannot_be_told_to_reveal_more_than_its_user_may_see()
    {
        var pid = await NewSensitivePersonAsync();
        var town = await app.SignInAs("town1");

        (await town.Get<PersonDto>($"/api/v1/people/{pid}")).Affiliation.ShouldBe(ListPeople.Masked);
        var byHandler = await AsPageAsync("town1", sp => sp.GetRequiredService<GetPerson>().HandleAsync(pid));
        (byHandler.Affiliation, byHandler.Ethnicity, byHandler.Display.Affiliation)
            .ShouldBe((ListPeople.Masked, ListPeople.Masked, ListPeople.Masked));
        // Nor can a filter by affiliation sort people by it: ignored for the town officer both ways.
        var node = await TownAsync();
        var filtered = await AsPageAsync("town1", sp => sp.GetRequiredService<ListPeople>()
            .HandleAsync(new(Q: "同源", NodeId: node, Affiliation: "A99")));
        filtered.Items.ShouldContain(r => r.Id == pid);
        (await town.Get<Page<PersonRow>>($"/api/v1/people?q=同源&nodeId={node}&affiliation=A99&pageSize=100"))
            .Items.ShouldContain(r => r.Id == pid);
        // The leader may see it, through the same handler, in the same kind of scope.
        (await AsPageAsync("leader", sp => sp.GetRequiredService<GetPerson>().HandleAsync(pid)))
            .Affiliation.ShouldBe("A09");

        // There is no parameter left to tell a handler otherwise.
        var handlers = typeof(IHandler).Assembly.GetTypes().Where(t => typeof(IHandler).IsAssignableFrom(t));
        handlers.SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly))
            .SelectMany(m => m.GetParameters().Select(p => $"{m.DeclaringType!.Name}.{m.Name}({p.Name})"))
            .Where(p => p.Contains("(sensitive)", StringComparison.Ordinal)
                || p.Contains("(viewer)", StringComparison.Ordinal))
            .ShouldBeEmpty();
    }

    private async Task<Guid> NewSensitivePersonAsync() =>
        await app.NewPerson(Person(Unique("同源"), await TownAsync(), ethnicity: "E02", affiliation: "A09",
            recognisedOn: new DateOnly(2020, 5, 1)));

    private Task<Guid> TownAsync() => app.WithDb(TestApp.TownA, async db =>
        (await db.Regions.AsNoTracking().SingleAsync(r => r.NodePath == TestApp.TownA)).Id);

    /// <summary>
    /// Runs handlers as a page does: a fresh DI scope whose user is the signed-in principal (what
    /// <see cref="Operations"/> carries over from the circuit), made by the same claims factory as sign-in.
    /// </summary>
    private async Task<T> AsPageAsync<T>(string userName, Func<IServiceProvider, Task<T>> work)
    {
        ClaimsPrincipal principal;
        await using (var lookup = app.Services.CreateAsyncScope())
        {
            lookup.ServiceProvider.GetRequiredService<HttpCurrentUser>().Use(Bootstrap.SystemPrincipal);
            var users = lookup.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            principal = await lookup.ServiceProvider.GetRequiredService<IUserClaimsPrincipalFactory<AppUser>>()
                .CreateAsync((await users.FindByNameAsync(userName))!);
        }
        await using var scope = app.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<HttpCurrentUser>().Use(principal);
        return await work(scope.ServiceProvider);
    }

    /// <summary>The handler's result, written as the API writes it, is the API's answer.</summary>
    private void Same<T>(T byHandler, JsonElement byApi)
    {
        var options = app.Services.GetRequiredService<IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions>>().Value;
        var written = JsonNode.Parse(JsonSerializer.Serialize(byHandler, options.SerializerOptions));
        JsonNode.DeepEquals(written, JsonNode.Parse(byApi.GetRawText()))
            .ShouldBeTrue($"handler {written?.ToJsonString()}\napi     {byApi.GetRawText()}");
    }
}

public sealed class HandlerUserTestsSqlite(SqliteApp app) : HandlerUserTests(app);
public sealed class HandlerUserTestsPostgres(PostgresApp app) : HandlerUserTests(app);
