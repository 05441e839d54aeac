using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Tongxin.Data.Seed;
using Tongxin.Domain.Regions;

namespace Tongxin.Web.Tests;

/// <summary>Issue 6 smoke test: `demo-data --scale county` writes a consistent data set (small data; the benchmark is
/// in bench/).</summary>
public abstract class DemoDataTests(TestApp app)
{
    /// <summary>Notes the timeout each ANALYZE statement was sent with.</summary>
    private sealed class AnalyzeTimeouts : DbCommandInterceptor
    {
        public List<int> Seconds { get; } = [];

        public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command,
            CommandEventData eventData, InterceptionResult<int> result, CancellationToken ct = default)
        {
            if (command.CommandText.StartsWith("ANALYZE", StringComparison.Ordinal))
                lock (Seconds) Seconds.Add(command.CommandTimeout);
            return ValueTask.FromResult(result);
        }
    }

    [Fact]
    [Trait("Req", "ACC-1")]
    [Trait("Req", "ACC-2")]
    public async Task County_scale_demo_data_is_consistent_and_scoped()
    {
        var analyze = new AnalyzeTimeouts();
        await using var fresh = await app.FreshAsync(services: s =>
            s.ConfigureDbContext<Data.TongxinDb>(o => o.AddInterceptors(analyze)));
        var output = new StringWriter();
        (await Cli.DemoDataCommand.RunAsync(fresh.Services, ["demo-data", "--scale", "county"], output)).ShouldBe(0);
        output.ToString().ShouldContain("行/秒");
        // Issue 14 (10): the final ANALYZE took 34 s on province data and died on the default 30 s timeout.
        analyze.Seconds.ShouldNotBeEmpty();
        analyze.Seconds.ShouldAllBe(s => s >= 3600);
        var size = ScaleDemo.Sizes["county"];
        await fresh.WithDb("/", async db =>
        {
            var generated = db.Regions.Where(r => r.Code.StartsWith("3750"));
            (await generated.CountAsync(r => r.Level == RegionLevel.County)).ShouldBe(size.Counties);
            (await generated.CountAsync(r => r.Level == RegionLevel.Town)).ShouldBe(size.Towns);
            (await generated.CountAsync(r => r.Level == RegionLevel.Village)).ShouldBe(size.Villages);
            (await generated.CountAsync(r => r.ParentId == null
                || !db.Regions.Any(p => p.Id == r.ParentId && r.NodePath.StartsWith(p.NodePath)))).ShouldBe(0);
            var people = db.People.Where(p => p.NodePath.StartsWith("/37/3750/"));
            (await people.CountAsync()).ShouldBe(size.People);
            // every person's node exists
            (await people.CountAsync(p => !db.Regions.Any(r => r.Id == p.NodeId && r.NodePath == p.NodePath)))
                .ShouldBe(0);
            (await people.CountAsync(p => p.NameKey == "" || p.NameInitials == null)).ShouldBe(0);
            var activities = db.Activities.Where(a => a.NodePath.StartsWith("/37/3750/"));
            (await activities.CountAsync()).ShouldBe(size.Activities);
            (await activities.CountAsync(a => a.Year != a.Date.Year || a.Day != a.Date.Day)).ShouldBe(0);
            (await activities.CountAsync(a => !db.Regions.Any(r => r.Id == a.NodeId && r.NodePath == a.NodePath)))
                .ShouldBe(0);
            (await activities.CountAsync(a => a.BodyId != null
                && !db.Bodies.Any(b => b.Id == a.BodyId && b.NodeId == a.NodeId))).ShouldBe(0);
            // The dashboard tallies were recounted after the bulk load and agree with the rows.
            var tallies = db.Tallies.Where(t => t.NodePath.StartsWith("/37/3750/"));
            (await tallies.Where(t => t.Metric == "people").SumAsync(t => t.Value)).ShouldBe(size.People);
            (await tallies.Where(t => t.Metric == "villages").SumAsync(t => t.Value)).ShouldBe(size.Villages);
            (await tallies.Where(t => t.Metric == "towns").SumAsync(t => t.Value)).ShouldBe(size.Towns);
            (await tallies.Where(t => t.Metric == "people:C03").SumAsync(t => t.Value))
                .ShouldBe(await people.CountAsync(p => p.Categories.Contains("|C03|")));
            (await tallies.CountAsync(t => !db.Regions.Any(r => r.Id == t.NodeId && r.NodePath == t.NodePath)))
                .ShouldBe(0);
            return true;
        });
        // The shared scope filter applies to the generated rows like to any other.
        (await fresh.WithDb($"/37/3750/{ScaleDemo.BenchCountyCode}/", db => db.People.CountAsync()))
            .ShouldBe(size.People);
        (await fresh.WithDb("/37/3704/370404/370404001/",
            db => db.People.CountAsync(p => p.NodePath.StartsWith("/37/3750/")))).ShouldBe(0);
        (await Should.ThrowAsync<ArgumentException>(() =>
            Cli.DemoDataCommand.RunAsync(fresh.Services, ["demo-data", "--scale", "county"], output)))
            .Message.ShouldContain("已有压测数据"); // a second run is refused, nothing doubled
    }
}

public sealed class DemoDataTestsSqlite(SqliteApp app) : DemoDataTests(app);
public sealed class DemoDataTestsPostgres(PostgresApp app) : DemoDataTests(app);
