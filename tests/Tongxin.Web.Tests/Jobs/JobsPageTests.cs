using Microsoft.EntityFrameworkCore;
using Tongxin.Web.Features.Jobs;

namespace Tongxin.Web.Tests.Jobs;

/// <summary>The 定时任务 page and API (SYS-10): the system administrator's only; "run now" runs, records, audits.</summary>
public abstract class JobsPageTests(TestApp app)
{
    [Fact]
    [Trait("Req", "SYS-10")]
    public async Task Run_now_records_the_run_and_audits_who_asked()
    {
        var sys = await app.SignInAs("sysadmin");
        var asked = await AuditCount(RunJobNow.AuditEvent, DisableIdleAccounts.Name);

        var run = await (await sys.PostAsync($"/api/v1/jobs/{DisableIdleAccounts.Name}/run", null)).Read<JobRunView>();

        run.Success.ShouldBe(true);
        run.StartedBy.ShouldBe("sysadmin");
        run.EndedUtc.ShouldNotBeNull();
        (await AuditCount(RunJobNow.AuditEvent, DisableIdleAccounts.Name)).ShouldBe(asked + 1);
        var jobs = await sys.Get<JobsView>("/api/v1/jobs");
        jobs.Jobs.Select(j => j.Name).ShouldBe(ScheduledJobs.All.Select(j => j.Name));
        jobs.Jobs.Single(j => j.Name == DisableIdleAccounts.Name).Last!.Id.ShouldBe(run.Id);
        (await sys.PostAsync("/api/v1/jobs/no-such-job/run", null)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    [Trait("Req", "SYS-10")]
    public async Task Only_the_system_administrator_may_see_or_run_jobs()
    {
        foreach (var role in new[] { BuiltInRole.Staff, BuiltInRole.SecurityAdmin, BuiltInRole.AuditAdmin })
        {
            var other = await app.SignInAs(role);
            (await other.GetAsync("/api/v1/jobs")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
            (await other.PostAsync($"/api/v1/jobs/{PurgeAudit.Name}/run", null)).StatusCode
                .ShouldBe(HttpStatusCode.Forbidden);
        }
        var staff = await app.CookieSignIn("staff", app.DemoPassword("staff"));
        var denied = await staff.GetAsync("/system/jobs");
        denied.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        denied.Headers.Location!.ToString().ShouldContain("/account/denied");
        (await app.WithDb("/", db => db.Set<Data.Entities.JobRun>().CountAsync(r => r.StartedBy == "staff")))
            .ShouldBe(0);
    }

    [Fact]
    [Trait("Req", "SYS-10")]
    public async Task The_page_lists_the_jobs_and_runs_one_by_a_form_post()
    {
        var sys = await app.CookieSignIn("sysadmin", app.DemoPassword("sysadmin"));
        var html = await sys.GetStringAsync("/system/jobs");
        html.ShouldContain("定时任务");
        foreach (var job in ScheduledJobs.All) html.ShouldContain($"data-job=\"{job.Name}\"");
        html.ShouldContain("data-scheduler=\"off\""); // test hosts run no scheduler unless a test asks
        var asked = await AuditCount(RunJobNow.AuditEvent, PurgeAudit.Name);

        var posted = await sys.PostForm("/system/jobs", "run-job", new() { ["Job"] = PurgeAudit.Name });

        posted.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await posted.Content.ReadAsStringAsync()).ShouldContain("已运行");
        (await AuditCount(RunJobNow.AuditEvent, PurgeAudit.Name)).ShouldBe(asked + 1);
        (await sys.PostForm("/system/jobs", "run-job", new() { ["Job"] = PurgeAudit.Name }, withToken: false))
            .StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    private Task<int> AuditCount(string ev, string job) =>
        app.WithDb("/", db => db.AuditEntries.CountAsync(a => a.Event == ev && a.ObjectId == job));
}

public sealed class JobsPageTestsSqlite(SqliteApp app) : JobsPageTests(app);
public sealed class JobsPageTestsPostgres(PostgresApp app) : JobsPageTests(app);
