using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Tongxin.Web.Features.Jobs;

namespace Tongxin.Web.Tests.Jobs;

/// <summary>
/// SEC-16: the purge job removes audit rows past the retention setting and refuses one under 180 days.
/// </summary>
public abstract class AuditPurgeJobTests(TestApp app)
{
    [Fact]
    [Trait("Req", "SEC-16")]
    public async Task A_retention_under_180_days_fails_the_run_and_removes_nothing()
    {
        await using var fresh = await app.FreshAsync(new() { ["Tongxin:Jobs:AuditRetentionDays"] = "179" });
        var first = await fresh.WithDb("/", db => db.AuditEntries.MinAsync(a => a.Seq));

        var run = await fresh.RunJob(PurgeAudit.Name);

        run.Success.ShouldBe(false);
        run.Message!.ShouldContain("180");
        (await fresh.WithDb("/", db => db.AuditEntries.MinAsync(a => a.Seq))).ShouldBe(first);
        (await fresh.WithDb("/", db => db.AuditEntries.CountAsync(a => a.Event == "audit-purge"))).ShouldBe(0);
    }

    [Fact]
    [Trait("Req", "SEC-16")]
    public async Task Rows_past_the_retention_are_purged_and_the_purge_is_recorded()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var fresh = await app.FreshAsync(new() { ["Tongxin:Jobs:AuditRetentionDays"] = "365" },
            services => services.AddSingleton<TimeProvider>(clock));
        var before = await fresh.WithDb("/", db => db.AuditEntries.MaxAsync(a => a.Seq));
        clock.Advance(TimeSpan.FromDays(366));

        var run = await fresh.RunJob(PurgeAudit.Name);

        run.Success.ShouldBe(true, run.Message);
        (await fresh.WithDb("/", db => db.AuditEntries.MinAsync(a => a.Seq))).ShouldBeGreaterThan(before);
        (await fresh.WithDb("/", db => db.AuditEntries.CountAsync(a => a.Event == "audit-purge"))).ShouldBe(1);
        var again = await fresh.RunJob(PurgeAudit.Name); // nothing older is left: a no-op, not a failure
        again.Success.ShouldBe(true, again.Message);
    }
}

public sealed class AuditPurgeJobTestsSqlite(SqliteApp app) : AuditPurgeJobTests(app);
public sealed class AuditPurgeJobTestsPostgres(PostgresApp app) : AuditPurgeJobTests(app);
