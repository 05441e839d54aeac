using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Quartz;
using Tongxin.Web.Features.Jobs;

namespace Tongxin.Web.Tests.Jobs;

/// <summary>
/// SYS-10: two app instances on one PostgreSQL database, both running the scheduler on the clustered store, fire
/// each firing of a job once. The purge job (a no-op with a long retention) fires every second on both; every
/// firing must leave exactly one run. With each instance on its own RAM store, every firing would run twice.
/// </summary>
public sealed class ClusterTests(PostgresApp app)
{
    private static readonly Dictionary<string, string> Scheduler = new()
    {
        ["Tongxin:Jobs:Enabled"] = "true",
        ["Tongxin:Jobs:AuditRetentionDays"] = "3650",
        [$"Tongxin:Jobs:Schedules:{PurgeAudit.Name}"] = "* * * * * ?",
    };

    [Fact]
    [Trait("Req", "SYS-10")]
    public async Task Two_instances_on_one_database_run_each_firing_once()
    {
        await using var first = await app.FreshAsync(Scheduler);
        var settings = new Dictionary<string, string>(Scheduler)
        {
            ["Tongxin:Database:ConnectionString"] =
                first.Services.GetRequiredService<Data.DatabaseOptions>().ConnectionString!,
            ["Tongxin:DataPath"] = first.DataPath, // the same keys, as two instances behind one proxy share them
        };
        await using var second = new SecondHost(settings);
        await second.InitializeAsync();
        foreach (var host in new TestApp[] { first, second })
        {
            var scheduler = await host.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
            (await scheduler.GetMetadata()).JobStoreClustered.ShouldBeTrue();
            // the hosted service starts it once the application has started
            for (var i = 0; i < 300 && scheduler.Status != SchedulerStatus.Running; i++) await Task.Delay(100);
            scheduler.Status.ShouldBe(SchedulerStatus.Running);
        }
        var from = DateTime.UtcNow.AddSeconds(2); // both instances are up and have written their schedule

        // counts firings, not time: wait until eight firings after both were up have finished
        List<DateTime?> fired = [];
        for (var i = 0; i < 600 && fired.Distinct().Count() < 8; i++)
        {
            await Task.Delay(100);
            fired = await first.WithDb("/", db => db.Set<Data.Entities.JobRun>()
                .Where(r => r.Job == PurgeAudit.Name && r.ScheduledUtc > from && r.EndedUtc != null)
                .Select(r => r.ScheduledUtc).ToListAsync());
        }

        fired.Distinct().Count().ShouldBeGreaterThanOrEqualTo(8);
        fired.GroupBy(t => t).Where(g => g.Count() > 1).Select(g => g.Key).ShouldBeEmpty();
        var runs = await first.WithDb("/", db => db.Set<Data.Entities.JobRun>()
            .Where(r => r.Job == PurgeAudit.Name).ToListAsync());
        runs.ShouldAllBe(r => r.Success == true);
    }

    /// <summary>
    /// A second instance on the first one's database and data folder; it drops nothing when it stops.
    /// </summary>
    private sealed class SecondHost : TestApp
    {
        public SecondHost(Dictionary<string, string> settings)
        {
            foreach (var (k, v) in settings) Settings[k] = v;
        }

        public override string Provider => "postgres";
        protected override string? ConnectionString() => Settings["Tongxin:Database:ConnectionString"];
    }
}
