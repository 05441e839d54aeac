using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ReminderJob = Tongxin.Web.Features.Jobs.DutyReminders;
using Tongxin.Web.Features.Notices;
using Tongxin.Web.Startup;

namespace Tongxin.Web.Tests.Jobs;

/// <summary>
/// 通知 (OBL-4, SYS-10): duty reminders reach each user once a day; an inbox shows only its owner's notices; the bell
/// counts the unread ones; acknowledging works for one's own notices only.
/// </summary>
public abstract partial class NoticesTests(TestApp app)
{
    [Fact]
    [Trait("Req", "OBL-4")]
    public async Task Duty_reminders_become_one_notice_a_day_for_each_user_with_duties_behind()
    {
        var officer = await app.NewUser(BuiltInRole.TownOfficer, TestApp.TownA);
        var client = await app.SignInAs(officer.UserName, JobsHelpers.Password);
        var behind = (await client.Get<DutyReminders>("/api/v1/duties/reminders")).Behind;
        behind.ShouldBeGreaterThan(0); // the demo's towns are behind on some duties this year
        var sys = await app.SignInAs("sysadmin");

        (await (await sys.PostAsync($"/api/v1/jobs/{ReminderJob.Name}/run", null)).Read<JobRunView>())
            .Success.ShouldBe(true);
        (await (await sys.PostAsync($"/api/v1/jobs/{ReminderJob.Name}/run", null)).Read<JobRunView>())
            .Success.ShouldBe(true);

        var inbox = await client.Get<InboxView>("/api/v1/notices");
        var notice = inbox.Page.Items.ShouldHaveSingleItem();
        notice.Source.ShouldBe(ReminderJob.Name);
        notice.Title.ShouldContain($"{behind} 项制度任务滞后");
        notice.Link.ShouldBe(ReminderJob.Link);
        inbox.Unread.ShouldBe(1);
    }

    [Fact]
    [Trait("Req", "SYS-10")]
    public async Task An_inbox_holds_only_its_owners_notices_and_another_users_is_a_404()
    {
        var a = await app.NewUser(BuiltInRole.Staff);
        var b = await app.NewUser(BuiltInRole.Staff);
        await Send([a.Id], "给甲的通知");
        var clientA = await app.SignInAs(a.UserName, JobsHelpers.Password);
        var clientB = await app.SignInAs(b.UserName, JobsHelpers.Password);
        var mine = (await clientA.Get<InboxView>("/api/v1/notices")).Page.Items.ShouldHaveSingleItem();

        (await clientB.Get<InboxView>("/api/v1/notices")).Page.Items.ShouldBeEmpty();
        (await clientB.PostAsync($"/api/v1/notices/{mine.Id}/acknowledge", null)).StatusCode
            .ShouldBe(HttpStatusCode.NotFound);
        (await clientB.PostAsync($"/api/v1/notices/{Guid.NewGuid()}/acknowledge", null)).StatusCode
            .ShouldBe(HttpStatusCode.NotFound);
        (await (await clientB.PostAsync("/api/v1/notices/acknowledge-all", null)).Read<NoticesApi.Acknowledged>())
            .Count.ShouldBe(0);
        var pageB = await app.CookieSignIn(b.UserName, JobsHelpers.Password);
        (await pageB.GetStringAsync("/notices")).ShouldNotContain("给甲的通知");
        (await pageB.PostForm("/notices", "ack", new() { ["AckId"] = mine.Id.ToString() })).StatusCode
            .ShouldBe(HttpStatusCode.NotFound);
        (await clientA.Get<InboxView>("/api/v1/notices")).Unread.ShouldBe(1); // still unread for its owner

        (await clientA.PostAsync($"/api/v1/notices/{mine.Id}/acknowledge", null)).StatusCode
            .ShouldBe(HttpStatusCode.NoContent);
        (await clientA.Get<InboxView>("/api/v1/notices")).Page.Items.Single().AcknowledgedUtc.ShouldNotBeNull();
    }

    [Fact]
    [Trait("Req", "SYS-10")]
    public async Task The_bell_counts_unread_notices_and_the_inbox_acknowledges_by_form_post()
    {
        var user = await app.NewUser(BuiltInRole.VillageOfficer, TestApp.TownA);
        await Send([user.Id], "第一条");
        await Send([user.Id], "第二条");
        await Send([user.Id], "第三条");
        var browser = await app.CookieSignIn(user.UserName, JobsHelpers.Password);
        (await Bell(browser, "/notices")).ShouldBe(3);
        var inbox = await browser.GetStringAsync("/notices");
        inbox.ShouldContain("第二条");
        var first = Guid.Parse(NoticeId().Matches(inbox)[0].Groups[1].Value);

        (await browser.PostForm("/notices", "ack", new() { ["AckId"] = first.ToString() })).StatusCode
            .ShouldBe(HttpStatusCode.Redirect);
        (await Bell(browser, "/notices")).ShouldBe(2);
        (await browser.PostForm("/notices", "ack-all", new())).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await Bell(browser, "/notices")).ShouldBe(0);
        (await browser.GetStringAsync("/notices?unread=true")).ShouldNotContain("第三条");
    }

    [Fact]
    [Trait("Req", "SYS-10")]
    public async Task A_notice_with_a_key_is_sent_once_and_links_stay_on_this_site()
    {
        var user = await app.NewUser(BuiltInRole.Staff);
        await using var scope = app.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<Security.HttpCurrentUser>().Use(Bootstrap.SystemPrincipal);
        var notices = scope.ServiceProvider.GetRequiredService<NoticeService>();
        (await notices.SendAsync([user.Id, user.Id], "升级提醒", "正文", "/people", "escalation", "k1")).ShouldBe(1);
        (await notices.SendAsync([user.Id], "升级提醒", "正文", "/people", "escalation", "k1")).ShouldBe(0);
        await Should.ThrowAsync<ArgumentException>(() => notices.SendAsync([user.Id], "t", "b", "//evil.example"));
        (await app.WithDb("/", db => db.Set<Data.Entities.Notice>().CountAsync(n => n.RecipientId == user.Id)))
            .ShouldBe(1);
    }

    private static async Task<int> Bell(HttpClient browser, string url) =>
        int.Parse(BellCount().Match(await browser.GetStringAsync(url)).Groups[1].Value);

    private async Task Send(string[] to, string title)
    {
        await using var scope = app.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<Security.HttpCurrentUser>().Use(Bootstrap.SystemPrincipal);
        await scope.ServiceProvider.GetRequiredService<NoticeService>().SendAsync(to, title, title + "的正文");
    }

    [GeneratedRegex("data-unread=\"(\\d+)\"")]
    private static partial Regex BellCount();

    [GeneratedRegex("data-notice=\"([0-9a-f-]{36})\"")]
    private static partial Regex NoticeId();
}

public sealed class NoticesTestsSqlite(SqliteApp app) : NoticesTests(app);
public sealed class NoticesTestsPostgres(PostgresApp app) : NoticesTests(app);
