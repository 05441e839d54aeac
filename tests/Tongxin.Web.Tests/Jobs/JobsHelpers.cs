using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tongxin.Data;
using Tongxin.Data.Entities;
using Tongxin.Web.Features.Jobs;
using Tongxin.Web.Startup;

namespace Tongxin.Web.Tests.Jobs;

/// <summary>Users with a known password and a chosen last sign-in, and direct runs of the scheduled jobs.</summary>
internal static class JobsHelpers
{
    public const string Password = "Test-User-Pass#2026";

    public sealed record TestUser(string Id, string UserName);

    public static async Task<TestUser> NewUser(this TestApp app, BuiltInRole role, string nodePath = TestApp.County,
        DateTime? lastSignInUtc = null, DateTime? createdUtc = null)
    {
        app.Require();
        var userName = TestData.Unique(role.Name.Replace("-", ""));
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TongxinDb>();
        var node = nodePath == "/" ? null
            : await db.Regions.IgnoreQueryFilters().SingleAsync(r => r.NodePath == nodePath);
        var user = Bootstrap.NewUser(userName, "测试" + role.Name, node, nodePath, TimeProvider.System);
        user.LastSignInUtc = lastSignInUtc;
        if (createdUtc is { } c) user.CreatedUtc = c;
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        Bootstrap.Ensure(await users.CreateAsync(user, Password));
        Bootstrap.Ensure(await users.AddToRoleAsync(user, role.Name));
        return new TestUser(user.Id, userName);
    }

    /// <summary>Runs a job as the scheduler would (no HTTP), e.g. on an app whose clock was moved.</summary>
    public static Task<JobRun> RunJob(this TestApp app, string name) =>
        app.Services.GetRequiredService<JobRunner>().RunAsync(ScheduledJobs.Find(name)!, null, null);

    public static Task<AppUser> User(this TestApp app, string id) =>
        app.WithDb("/", db => db.Users.AsNoTracking().SingleAsync(u => u.Id == id));

    public static async Task<HttpClient> CookieSignIn(this TestApp app, string userName, string password)
    {
        var client = app.CookieClient();
        var r = await client.SignInForm(userName, password);
        ((int)r.StatusCode).ShouldBeInRange(300, 399); // signed in: redirected home
        return client;
    }
}

/// <summary>Answers of the jobs and notices APIs, as a client reads them.</summary>
public sealed record JobRunView(Guid Id, DateTime StartedUtc, DateTime? EndedUtc, bool? Success, string? Message,
    string Instance, string? StartedBy);
public sealed record JobView(string Name, string Title, string Cron, DateTime? NextUtc, JobRunView? Last,
    List<JobRunView> Recent);
public sealed record JobsView(bool SchedulerRunning, string? Instance, bool Persistent, bool Clustered,
    List<JobView> Jobs);
public sealed record NoticeView(Guid Id, string Title, string Body, string? Link, string Source, DateTime CreatedUtc,
    DateTime? AcknowledgedUtc);
public sealed record NoticePage(List<NoticeView> Items, int Total, int Page, int PageSize);
public sealed record InboxView(int Unread, NoticePage Page);
