using System.Text.RegularExpressions;
using Tongxin.Web.Features.Activities;
using Tongxin.Web.Features.PendingChanges;

namespace Tongxin.Web.Tests.Field;

/// <summary>
/// The field home and the read-only phone pages (issue 15, items 1 and 2): plain HTML with no circuit and no
/// AntDesign, scoped by the shared filter, and no link that ends in "没有权限".
/// </summary>
public abstract partial class FieldPagesTests(TestApp app)
{
    private async Task<HttpClient> Browser(string user)
    {
        var client = app.CookieClient();
        (await client.SignInForm(user, app.DemoPassword(user))).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        return client;
    }

    [Fact]
    [Trait("Req", "SYS-2")]
    public async Task A_mangled_page_or_year_in_the_address_is_dropped_not_a_500()
    {
        var client = await Browser("town1");
        foreach (var (url, to) in new[]
                 {
                     ("/m/people?page=abc", "/m/people"), ("/m/people?page=", "/m/people"),
                     ("/m/activities?page=1.5", "/m/activities"), ("/m/duties?page=2147483648", "/m/duties"),
                     ("/people?page=abc&q=%E7%8E%8B", "/people?q=%E7%8E%8B"),
                     ("/duties/activities?year=abc", "/duties/activities"),
                 })
        {
            var response = await client.GetAsync(url);
            response.StatusCode.ShouldBe(HttpStatusCode.Redirect, url);
            response.Headers.Location!.OriginalString.ShouldBe(to, url);
            (await client.GetAsync(to)).StatusCode.ShouldBe(HttpStatusCode.OK, to);
        }
        (await client.GetAsync("/m/people?page=1")).StatusCode.ShouldBe(HttpStatusCode.OK); // a good one stays
    }

    [Theory]
    [InlineData("village1")]
    [InlineData("town1")]
    [Trait("Req", "SYS-1")]
    [Trait("Req", "SYS-2")]
    public async Task Every_phone_page_is_plain_html_without_a_circuit(string user)
    {
        var own = await app.NewPerson(await app.Node("鹭鸣山庄"), TestData.Unique("卡片"));
        var client = await Browser(user);
        foreach (var url in new[] { "/m", "/m/duties", "/m/activities", "/m/people", "/m/people?q=卡片",
                     $"/m/people/{own}", "/m/people?page=2" })
        {
            var response = await client.GetAsync(url);
            response.StatusCode.ShouldBe(HttpStatusCode.OK, url);
            response.Content.Headers.ContentType!.MediaType.ShouldBe("text/html", url);
            var html = await response.Content.ReadAsStringAsync();
            html.ShouldNotContain("blazor.web.js", Case.Insensitive, url);
            html.ShouldNotContain("antd", Case.Insensitive, url);
            html.ShouldNotContain("AntDesign", Case.Insensitive, url);
            html.ShouldContain("css/phone.", Case.Sensitive, url);
            html.ShouldContain("lang=\"zh-CN\"", Case.Insensitive, url); // Chinese first (SYS-1)
        }
    }

    [Theory]
    [InlineData("staff")]
    [InlineData("leader")]
    [InlineData("town1")]
    [InlineData("village1")]
    [Trait("Req", "SYS-2")]
    public async Task No_link_on_the_field_home_ends_in_forbidden(string user)
    {
        var client = await Browser(user);
        var home = await client.GetStringAsync("/m");
        var links = Href().Matches(home).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value))
            .Where(h => h.StartsWith('/')).Distinct().ToList();
        links.Count.ShouldBeGreaterThan(3);
        foreach (var link in links)
        {
            var response = await client.GetAsync(link);
            response.StatusCode.ShouldNotBe(HttpStatusCode.Forbidden, $"{user}: {link}");
            ((int)response.StatusCode).ShouldBeLessThan(500, $"{user}: {link}");
            response.Headers.Location?.ToString().ShouldNotContain("/account/denied");
        }
    }

    [Fact]
    [Trait("Req", "SYS-2")]
    public async Task The_tiles_follow_the_role()
    {
        var village = await client("village1");
        village.ShouldContain("href=\"/m/activities/new\"");
        village.ShouldContain("href=\"/m/people?propose=1\"");
        var leader = await client("leader");
        leader.ShouldNotContain("href=\"/m/activities/new\""); // leaders record nothing (ACC-3)
        leader.ShouldNotContain("propose=1");
        leader.ShouldContain("href=\"/m/people\"");

        async Task<string> client(string user) => await (await Browser(user)).GetStringAsync("/m");
    }

    [Fact]
    [Trait("Req", "PPL-9")]
    public async Task Village1_finds_its_own_people_and_not_another_villages()
    {
        var name = TestData.Unique("查找");
        var own = await app.NewPerson(await app.Node("鹭鸣山庄"), name + "甲");
        var other = await app.NewPerson(await app.Node("坛山社区"), name + "乙");
        var village = await Browser("village1");
        var list = await village.GetStringAsync($"/m/people?q={Uri.EscapeDataString(name)}");
        list.ShouldContain($"/m/people/{own}");
        list.ShouldNotContain($"/m/people/{other}");
        list.ShouldNotContain(name + "乙");
        (await village.GetAsync($"/m/people/{other}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var card = await village.GetStringAsync($"/m/people/{own}");
        card.ShouldContain(name + "甲");
        card.ShouldContain($"href=\"/m/people/{own}/change\"");

        var town = await Browser("town1");
        (await town.GetStringAsync($"/m/people?q={Uri.EscapeDataString(name)}"))
            .ShouldContain($"/m/people/{other}"); // the town sees both of its villages
    }

    [Fact]
    [Trait("Req", "PPL-9")]
    public async Task The_lookup_masks_and_never_takes_an_id_number_from_the_url()
    {
        var id = TestData.NewIdNumber();
        var person = await app.NewPerson(TestData.Person(TestData.Unique("掩码"), await app.Node("鹭鸣山庄"),
            idNumber: id, phone: "13912345678", religion: "R02"));
        var village = await Browser("village1");
        var card = await village.GetStringAsync($"/m/people/{person}");
        card.ShouldNotContain(id);
        card.ShouldNotContain("13912345678");
        card.ShouldContain("***"); // religion is sensitive; a village officer may not see it
        var byId = await village.GetStringAsync($"/m/people?q={id}");
        byId.ShouldNotContain($"/m/people/{person}");
        byId.ShouldContain("role=\"alert\"");
    }

    [Fact]
    [Trait("Req", "OBL-1")]
    public async Task My_records_are_the_activities_I_recorded_newest_first()
    {
        var village = await app.SignInAs("village1");
        var own = await village.FirstNode();
        var topic = TestData.Unique("我的记录");
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        foreach (var (day, suffix) in new[] { (-3, "早"), (-1, "晚") })
            (await village.PostAsJsonAsync("/api/v1/activities", new RecordActivity.Request(
                today.AddDays(day), "T02", null, null, own, topic + suffix, null, null))).EnsureSuccessStatusCode();
        var staff = await app.Staff();
        (await staff.PostAsJsonAsync("/api/v1/activities", new RecordActivity.Request(
            today.AddDays(-2), "T02", null, null, own, topic + "别人的", null, null))).EnsureSuccessStatusCode();

        var html = await (await Browser("village1")).GetStringAsync("/m/activities");
        html.ShouldContain(topic + "早");
        html.IndexOf(topic + "晚", StringComparison.Ordinal)
            .ShouldBeLessThan(html.IndexOf(topic + "早", StringComparison.Ordinal));
        html.ShouldNotContain(topic + "别人的"); // in village1's scope, but staff recorded it
    }

    [Fact]
    [Trait("Req", "PPL-9")]
    public async Task A_rejected_proposal_comes_back_to_its_proposer_with_the_reason()
    {
        var person = await app.NewPerson(await app.Node("鹭鸣山庄"), TestData.Unique("退回"));
        var village = await app.SignInAs("village1");
        var proposed = await village.PostAsJsonAsync($"/api/v1/pending-changes?personId={person}",
            TestData.Person(TestData.Unique("改名"), await village.FirstNode(), employer: "新单位"));
        var change = await proposed.CreatedId();
        var reason = TestData.Unique("证明材料不全");
        (await (await app.Staff()).PostAsJsonAsync($"/api/v1/pending-changes/{change}/decision",
            new DecidePendingChange.Request(false, reason))).EnsureSuccessStatusCode();

        var home = await (await Browser("village1")).GetStringAsync("/m");
        home.ShouldContain(reason);
        home.ShouldContain($"data-change=\"{change}\"");
        home.ShouldContain($"href=\"/m/people/{person}\"");
        (await (await Browser("town1")).GetStringAsync("/m")).ShouldNotContain(reason); // not the proposer
    }

    [Fact]
    [Trait("Req", "OBL-1")]
    public async Task Duties_behind_say_what_is_missing()
    {
        // The same rows, in the same order, as the compliance the API gives town1 (one handler, one scope).
        var api = await (await app.SignInAs("town1")).Get<ComplianceView>("/api/v1/duties/compliance?pageSize=20");
        var html = WebUtility.HtmlDecode(await (await Browser("town1")).GetStringAsync("/m/duties"));
        api.Page.Items.ShouldNotBeEmpty();
        foreach (var r in api.Page.Items)
        {
            html.ShouldContain($"已完成 {r.Done}/{r.Required}");
            if (r.Status != Domain.Duties.DutyStatus.Done) html.ShouldContain($"还差 {r.Missing} 次");
        }
        Regex.Matches(html, "data-duty=").Count.ShouldBe(api.Page.Items.Count);
    }

    [GeneratedRegex(""""<a[^>]*\shref="([^"]+)"""")]
    private static partial Regex Href();
}

public sealed class FieldPagesTestsSqlite(SqliteApp app) : FieldPagesTests(app);
public sealed class FieldPagesTestsPostgres(PostgresApp app) : FieldPagesTests(app);
