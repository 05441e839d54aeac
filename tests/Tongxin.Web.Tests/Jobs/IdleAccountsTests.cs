using Microsoft.EntityFrameworkCore;
using Tongxin.Web.Features.Jobs;
using Tongxin.Web.Security;

namespace Tongxin.Web.Tests.Jobs;

/// <summary>SEC-6: accounts unused for 90 days (the setting) are disabled by the nightly job, audited.</summary>
public abstract class IdleAccountsTests(TestApp app)
{
    [Fact]
    [Trait("Req", "SEC-6")]
    public async Task Accounts_unused_for_90_days_are_disabled_and_audited()
    {
        var now = DateTime.UtcNow;
        var idle = await app.NewUser(BuiltInRole.Staff, lastSignInUtc: now.AddDays(-91));
        var never = await app.NewUser(BuiltInRole.TownOfficer, TestApp.TownA, createdUtc: now.AddDays(-120));
        var recent = await app.NewUser(BuiltInRole.Staff, lastSignInUtc: now.AddDays(-89));
        var sys = await app.SignInAs("sysadmin");

        var run = await (await sys.PostAsync($"/api/v1/jobs/{DisableIdleAccounts.Name}/run", null)).Read<JobRunView>();

        run.Success.ShouldBe(true); // (another test's run may have disabled them first: the effect is what counts)
        (await app.User(idle.Id)).IsDisabled.ShouldBeTrue();
        (await app.User(never.Id)).IsDisabled.ShouldBeTrue();
        (await app.User(recent.Id)).IsDisabled.ShouldBeFalse();
        (await app.WithDb("/", db => db.AuditEntries.CountAsync(a =>
            a.Event == DisableIdleAccounts.AuditEvent && (a.ObjectId == idle.Id || a.ObjectId == never.Id))))
            .ShouldBe(2);
        var token = await app.Anonymous().PostAsJsonAsync("/api/v1/auth/token",
            new Features.Account.SignIn.Request(idle.UserName, JobsHelpers.Password));
        token.IsSuccessStatusCode.ShouldBeFalse();
    }

    [Fact]
    [Trait("Req", "SEC-6")]
    public async Task The_last_administrator_of_each_kind_is_kept_when_everyone_is_idle()
    {
        await using var fresh = await app.FreshAsync();
        var old = DateTime.UtcNow.AddDays(-200);
        await fresh.WithDb("/", db => db.Users.ExecuteUpdateAsync(s => s
            .SetProperty(u => u.LastSignInUtc, old).SetProperty(u => u.CreatedUtc, old)));
        var second = await fresh.NewUser(BuiltInRole.SystemAdmin, "/", lastSignInUtc: old.AddDays(1));

        var run = await fresh.RunJob(DisableIdleAccounts.Name);

        run.Success.ShouldBe(true);
        foreach (var role in new[] { Roles.SystemAdmin, Roles.SecurityAdmin, Roles.AuditAdmin })
        {
            var enabled = await fresh.WithDb("/", db => (
                from u in db.Users
                join ur in db.UserRoles on u.Id equals ur.UserId
                join r in db.Roles on ur.RoleId equals r.Id
                where r.Name == role && !u.IsDisabled
                select u.Id).ToListAsync());
            enabled.Count.ShouldBe(1, role);
            if (role == Roles.SystemAdmin) enabled.Single().ShouldBe(second.Id); // the most recently active
        }
        (await fresh.WithDb("/", db => db.Users.CountAsync(u => u.UserName == "staff" && u.IsDisabled))).ShouldBe(1);
    }
}

public sealed class IdleAccountsTestsSqlite(SqliteApp app) : IdleAccountsTests(app);
public sealed class IdleAccountsTestsPostgres(PostgresApp app) : IdleAccountsTests(app);
