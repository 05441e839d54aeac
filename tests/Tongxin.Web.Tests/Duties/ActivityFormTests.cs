using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Tongxin.Web.Features.Activities;

namespace Tongxin.Web.Tests.Duties;

/// <summary>
/// The activity form is right the first time (issue 15, item 3): before 08:00 Beijing time "today" is already the
/// Beijing date, the village is preselected and every required field carries its mark (OBL-1, SYS-2).
/// </summary>
public abstract partial class ActivityFormTests(TestApp app)
{
    [Fact]
    [Trait("Req", "OBL-1")]
    [Trait("Req", "SYS-2")]
    public async Task Before_8_in_Beijing_the_form_offers_and_the_server_accepts_the_Beijing_date()
    {
        // 23:30 UTC is 07:30 the next day in Beijing.
        var clock = new FakeTimeProvider(new DateTimeOffset(DateTime.UtcNow.Date.AddHours(23).AddMinutes(30),
            TimeSpan.Zero));
        var beijing = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime).AddDays(1);
        await using var fresh = await app.FreshAsync(services: s => s.AddSingleton<TimeProvider>(clock));
        var village = await fresh.SignInAs("village1");
        var own = await village.FirstNode();

        var page = fresh.CookieClient();
        (await page.SignInForm("village1", fresh.DemoPassword("village1"))).StatusCode
            .ShouldBe(HttpStatusCode.Redirect);
        var html = await page.GetStringAsync("/duties/activities/new");
        DateInput().Match(html).Groups[1].Value.ShouldBe(Iso(beijing));
        SelectedNode().Matches(html).Select(m => m.Groups[1].Value).ShouldBe([own.ToString()]);
        foreach (var label in new[] { "act-date", "act-type", "act-node", "act-topic" })
            Regex.IsMatch(html, $"""<label for="{label}"[^>]*>[^<]*\s*<span class="req">\*</span>""")
                .ShouldBeTrue($"{label} has no required mark");

        var saved = await village.PostAsJsonAsync("/api/v1/activities", new RecordActivity.Request(
            beijing, "T02", null, null, own, "清晨的支部学习", null, null));
        saved.StatusCode.ShouldBe(HttpStatusCode.Created, await saved.Content.ReadAsStringAsync());
        (await village.PostAsJsonAsync("/api/v1/activities", new RecordActivity.Request(
            beijing.AddDays(1), "T02", null, null, own, "明天", null, null))).StatusCode
            .ShouldBe(HttpStatusCode.BadRequest);
    }

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    [GeneratedRegex(""""<input(?=[^>]*id="act-date")[^>]*value="([^"]*)"""")]
    private static partial Regex DateInput();

    [GeneratedRegex("""<option value="([0-9a-f-]{36})" selected""")]
    private static partial Regex SelectedNode();
}

public sealed class ActivityFormTestsSqlite(SqliteApp app) : ActivityFormTests(app);
public sealed class ActivityFormTestsPostgres(PostgresApp app) : ActivityFormTests(app);
