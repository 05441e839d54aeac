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

    [Fact]
    [Trait("Req", "PLN-1")]
    [Trait("Req", "PLN-3")]
    [Trait("Req", "PLN-4")]
    [Trait("Req", "LIA-1")]
    [Trait("Req", "LIA-4")]
    public async Task Fengcheng_demo_holds_the_plans_projects_lines_liaison_and_the_years_between()
    {
        app.Require();
        var thisYear = DateTime.UtcNow.Year;
        await app.WithDb("/", async db =>
        {
            const string county = "/37/3704/370404/";
            (await db.Set<Data.Entities.Plan>().CountAsync(p => p.Title == "统战图谱、三年攻坚"
                && p.StartYear == 2018 && p.EndYear == 2020)).ShouldBe(1);
            (await db.Set<Data.Entities.Goal>().Where(g => g.Level == Data.Entities.GoalLevel.Annual
                && g.NodePath == county && g.Year >= 2018 && g.Year <= 2020).Select(g => g.Year).ToListAsync())
                .ShouldBe([2018, 2019, 2020], ignoreOrder: true);
            var projects = await db.Set<Data.Entities.Project>().Where(p => p.Year == 2020).ToListAsync();
            projects.Count.ShouldBe(8);
            projects.ShouldContain(p => p.Name == "云端服务“数字统战”");
            (await db.Set<Data.Entities.ProjectTeamMember>().CountAsync(m => m.Role == "组长"
                && projects.Select(p => p.Id).Contains(m.ProjectId))).ShouldBe(8);
            var lines2019 = await db.Set<Data.Entities.WorkLine>().Where(l => l.Year == 2019).ToListAsync();
            lines2019.Select(l => l.Name).ShouldBe(["党的建设", "双基双员", "民族宗教", "统战品牌", "文明创建", "目标考核"],
                ignoreOrder: true);
            lines2019.ShouldAllBe(l => l.DocumentNo == "峰统发〔2019〕5号");
            (await db.Set<Data.Entities.WorkLine>().CountAsync(l => l.Year == 2020
                && l.DocumentNo == "峰统发〔2020〕4号")).ShouldBe(8);
            var tasks = await db.Set<Data.Entities.WorkTask>().AsNoTracking().ToListAsync();
            tasks.ShouldAllBe(t => t.Target > 0 && t.StartsOn <= t.EndsOn && t.Year == t.EndsOn.Year);
            var milestones = await db.Set<Data.Entities.Milestone>().AsNoTracking().ToListAsync();
            milestones.ShouldAllBe(m => tasks.Any(t => t.Id == m.TaskId && m.DueOn >= t.StartsOn
                && m.DueOn <= t.EndsOn && t.NodePath == m.NodePath));
            var home = tasks.Single(t => t.Title == FengchengDemo.TanshanYellowTask);
            (home.NodePath, home.Target, home.Done).ShouldBe(("/37/3704/370404/370404001/", 4, 1));

            var towns = await db.Regions.Where(r => r.Level == RegionLevel.Town).ToListAsync();
            var park = towns.Single(t => t.Name == "经济开发区");
            var assignments = await db.Set<Data.Entities.LiaisonAssignment>().AsNoTracking().ToListAsync();
            for (var year = 2018; year <= thisYear; year++)
            {
                var those = assignments.Where(a => a.Year == year).ToList();
                those.Count.ShouldBe(7, $"{year}");
                those.Select(a => a.NodeId).ShouldBe(towns.Where(t => t.Id != park.Id).Select(t => t.Id),
                    ignoreOrder: true);
                those.Select(a => a.CadreName).Distinct().Count().ShouldBe(7);
            }
            var visits = await db.Set<Data.Entities.Visit>().AsNoTracking().ToListAsync();
            visits.Select(v => v.Kind).Distinct().Count().ShouldBe(4);
            // Other tests record visits in years or towns without a demo cadre: those have nobody to exclude.
            var own = visits.Where(v => v.CrossCheck).Select(v => (v.Visitors, Cadre: assignments
                .SingleOrDefault(a => a.Year == v.Year && a.NodeId == v.NodeId)?.CadreName)).ToList();
            own.ShouldAllBe(v => v.Cadre == null || !v.Visitors.Contains(v.Cadre));
            var items = await db.Set<Data.Entities.RectificationItem>().AsNoTracking().ToListAsync();
            var closed = items.Where(i => i.Stage == Data.Entities.RectificationStage.Closed).ToList();
            closed.ShouldNotBeEmpty();
            closed.ShouldAllBe(i => i.FileCount > 0 && i.ReviewerName != null && i.ClosedOn != null);
            var files = await db.Set<Data.Entities.EvidenceFile>().AsNoTracking().ToListAsync();
            closed.ShouldAllBe(i => files.Any(f => f.OwnerType == "RectificationItem" && f.OwnerId == i.Id));
            // Other tests register partners at the county too; the seed's are the ones with the district in their name.
            (await db.Set<Data.Entities.AlliancePartner>().CountAsync(p => p.NodePath == county
                && p.Name.Contains("峰城区"))).ShouldBe(7);

            // The seed's 2018–2020 figures stay exact; the years since have activities.
            var heard = db.Activities.Where(a => a.Year >= 2018 && a.Year <= 2020 && a.Type == "T02"
                && db.Bodies.Any(b => b.Id == a.BodyId && (b.Name == "区委常委会" || b.Name == "区委统一战线工作领导小组")));
            (await heard.CountAsync()).ShouldBe(17);
            (await db.Activities.CountAsync(a => a.Year >= 2018 && a.Year <= 2020 && a.Type == "T08")).ShouldBe(24);
            for (var year = FengchengDemo.FirstFilledYear; year < thisYear; year++)
                (await db.Activities.CountAsync(a => a.Year == year)).ShouldBeGreaterThan(100, $"{year}");
            return true;
        });
    }

    [Fact]
    [Trait("Req", "LIA-1")]
    public async Task The_demo_cadre_signs_in_and_sees_the_towns_she_liaises()
    {
        app.Require();
        var thisYear = Domain.Time.ChinaTime.Today(TimeProvider.System).Year;
        var cadre = await app.SignInAs(Startup.DemoUsers.Cadre);
        var mine = await cadre.Get<List<Features.Liaison.ListAssignments.Row>>(
            $"/api/v1/liaison/assignments?year={thisYear}&mine=true");
        mine.ShouldHaveSingleItem().CadreName.ShouldBe(Data.Seed.FengchengDemo.LiaisonCadre);
        var staff = await app.SignInAs("staff");
        (await staff.Get<List<Features.Liaison.ListAssignments.Row>>(
            $"/api/v1/liaison/assignments?year={thisYear}&mine=true")).ShouldBeEmpty();
    }
}

public sealed class DemoDataTestsSqlite(SqliteApp app) : DemoDataTests(app);
public sealed class DemoDataTestsPostgres(PostgresApp app) : DemoDataTests(app);
