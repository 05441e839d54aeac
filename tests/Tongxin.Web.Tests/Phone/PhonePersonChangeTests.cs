using Microsoft.EntityFrameworkCore;

namespace Tongxin.Web.Tests.Phone;

/// <summary>
/// Proposing a change to a person on a phone (PPL-9, issue 15 item 2): once per form, what was typed kept when
/// refused, and only for people in the user's own scope.
/// </summary>
public abstract class PhonePersonChangeTests(TestApp app)
{
    private static Task<int> Proposals(TestApp a, Guid person) =>
        a.WithDb("/", db => db.PendingChanges.CountAsync(c => c.PersonId == person));

    [Fact]
    [Trait("Req", "PPL-9")]
    [Trait("Req", "SYS-1")]
    public async Task Village1_proposes_a_change_once_however_often_the_form_is_sent()
    {
        await using var fresh = await app.FreshAsync();
        var node = await fresh.WithDb("/", db => db.Regions.Where(r => r.NodePath == PhoneForms.Village1)
            .Select(r => r.Id).SingleAsync());
        var name = TestData.Unique("变更人");
        var person = await fresh.NewPerson(node, name);
        var phone = await fresh.Browser("village1");
        var url = $"/m/people/{person}/change";
        var form = await phone.Open(url);
        form.Html.ShouldContain($"value=\"{name}\"");

        var refused = await phone.Post(url, "change", form, [("Input.Name", ""), ("Input.Employer", "新单位甲")]);
        refused.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = PhoneForms.Decoded(await refused.Content.ReadAsStringAsync());
        html.ShouldContain("请填写姓名");
        html.ShouldContain("value=\"新单位甲\"");
        (await Proposals(fresh, person)).ShouldBe(0);

        // A proposal that changes nothing is refused: it would only block real ones until a reviewer rejects it.
        string Shown(string field) => System.Net.WebUtility.HtmlDecode(System.Text.RegularExpressions.Regex.Match(
            form.Html, $"name=\"Input.{field}\" value=\"([^\"]*)\"").Groups[1].Value);
        var education = System.Text.RegularExpressions.Regex.Match(form.Html,
            "<option value=\"([^\"]*)\" selected").Groups[1].Value;
        var same = await phone.Post(url, "change", form, [("Input.Name", Shown("Name")),
            ("Input.Employer", Shown("Employer")), ("Input.Position", Shown("Position")),
            ("Input.Education", education), ("Input.Notes", "")]); // the form sent back exactly as it was shown
        same.StatusCode.ShouldBe(HttpStatusCode.OK);
        PhoneForms.Decoded(await same.Content.ReadAsStringAsync()).ShouldContain("没有修改任何内容");
        (await Proposals(fresh, person)).ShouldBe(0);

        var fields = new[] { ("Input.Name", name), ("Input.Employer", "新单位甲") };
        var first = await phone.Post(url, "change", form, fields);
        var again = await phone.Post(url, "change", form, fields);
        first.StatusCode.ShouldBe(HttpStatusCode.Redirect, await first.Content.ReadAsStringAsync());
        again.Headers.Location.ShouldBe(first.Headers.Location);
        (await Proposals(fresh, person)).ShouldBe(1);
        (await phone.GetStringAsync(first.Headers.Location)).ShouldContain("提交成功");
        // The confirmation is for that proposal only: a made-up or someone else's address is a 404, not 提交成功.
        foreach (var made in new[] { $"{url}/sent?change={Guid.NewGuid()}", $"{url}/sent?change=abc", $"{url}/sent" })
        {
            var bogus = await phone.GetAsync(made);
            bogus.StatusCode.ShouldBe(HttpStatusCode.NotFound, made);
            (await bogus.Content.ReadAsStringAsync()).ShouldNotContain("提交成功", Case.Sensitive, made);
        }
        var other = await fresh.Browser("town1"); // same town, in scope, but not the proposer
        (await other.GetAsync(first.Headers.Location)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await fresh.WithDb("/", db => db.People.SingleAsync(p => p.Id == person))).Employer
            .ShouldNotBe("新单位甲"); // nothing changes until approved
    }

    [Fact]
    [Trait("Req", "PPL-9")]
    public async Task Village1_cannot_propose_for_a_person_outside_the_village()
    {
        await using var fresh = await app.FreshAsync();
        var elsewhere = await fresh.WithDb("/", db => db.Regions
            .Where(r => r.Level == Domain.Regions.RegionLevel.Town && r.NodePath != TestApp.TownA)
            .Select(r => r.Id).FirstAsync());
        var person = await fresh.NewPerson(elsewhere, TestData.Unique("外镇人"));
        var phone = await fresh.Browser("village1");
        var url = $"/m/people/{person}/change";
        (await phone.GetAsync(url)).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        var token = await phone.Open("/m/activities/new"); // the session's antiforgery token
        var r = await phone.Post(url, "change", token with { Key = Guid.NewGuid().ToString() },
            [("Input.Name", "改名"), ("Input.Employer", "越权单位")]);
        r.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await Proposals(fresh, person)).ShouldBe(0);
    }
}

public sealed class PhonePersonChangeTestsSqlite(SqliteApp app) : PhonePersonChangeTests(app);
public sealed class PhonePersonChangeTestsPostgres(PostgresApp app) : PhonePersonChangeTests(app);
