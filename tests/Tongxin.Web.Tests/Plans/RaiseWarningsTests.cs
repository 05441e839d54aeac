using Microsoft.EntityFrameworkCore;
using Tongxin.Data.Entities;
using Tongxin.Domain.Plans;
using Tongxin.Domain.Time;
using Tongxin.Web.Features.Plans;
using Tongxin.Web.Tests.Jobs;

namespace Tongxin.Web.Tests.Plans;

/// <summary>
/// The daily plan-warnings job (PLN-5, PLN-6): it puts tasks and rectification items on the ladder, keeps each change
/// as a warning event and sends it as a notice to the owner's node only (a 通报 also to the node above), once.
/// </summary>
public abstract class RaiseWarningsTests(TestApp app)
{
    internal const string TownA = TestApp.TownA, TownB = "/37/3704/370404/370404002/";

    private static DateOnly Today => ChinaTime.Today(TimeProvider.System);

    /// <summary>A task at the node, its one open milestone <paramref name="overdue"/> days past (negative: ahead).
    /// </summary>
    internal static Task<Guid> NewTaskAsync(TestApp app, string path, int overdue, string? title = null) =>
        app.WithDb("/", async db =>
        {
            var node = await db.Regions.SingleAsync(r => r.NodePath == path);
            var task = new WorkTask
            {
                Title = title ?? TestData.Unique("统战之家规范化建设"), OwnerUnit = "党工委", Lead = "王明",
                Metric = "建成统战之家", MetricUnit = "个", Target = 4, StartsOn = Today.AddDays(-60),
                EndsOn = Today.AddDays(120), NodeId = node.Id, NodePath = node.NodePath,
            };
            db.Add(task);
            db.Add(new Milestone
            {
                TaskId = task.Id, Title = "完成选址", DueOn = Today.AddDays(-overdue),
                FirstDueOn = Today.AddDays(-overdue), NodeId = node.Id, NodePath = node.NodePath,
            });
            db.Add(new ProgressUpdate // evidenced a week ago: not stalled, on pace, so the milestone decides
            {
                TaskId = task.Id, Date = Today.AddDays(-7), Done = 3, Text = "完成三个", HasEvidence = true,
                FileCount = 1, NodeId = node.Id, NodePath = node.NodePath,
            });
            await db.SaveChangesAsync();
            return task.Id;
        });

    /// <summary>A visit to the town with one rectification item due <paramref name="overdue"/> days ago.</summary>
    internal static Task<(Guid Visit, Guid Item)> NewItemAsync(TestApp app, string path, int overdue) =>
        app.WithDb("/", async db =>
        {
            var node = await db.Regions.SingleAsync(r => r.NodePath == path);
            var visit = new Visit
            {
                Date = Today.AddDays(-30), Kind = "调研督查", Visitors = "李华", Findings = "统战阵地标识不全",
                NodeId = node.Id, NodePath = node.NodePath,
            };
            var item = new RectificationItem
            {
                VisitId = visit.Id, Title = TestData.Unique("补齐阵地标识"), Owner = "党政办", DueOn = Today.AddDays(-overdue),
                NodeId = node.Id, NodePath = node.NodePath,
            };
            db.AddRange(visit, item);
            await db.SaveChangesAsync();
            return (visit.Id, item.Id);
        });

    internal static Task<List<Notice>> NoticesAsync(TestApp app, string userId) => app.WithDb("/", db =>
        db.Set<Notice>().AsNoTracking().Where(n => n.RecipientId == userId && n.Source == RaiseWarnings.Name)
            .ToListAsync());

    internal static async Task RunAsync(TestApp app)
    {
        var run = await app.RunJob(RaiseWarnings.Name);
        run.Success.ShouldBe(true, run.Message);
        run.Message.ShouldNotBeNull().ShouldContain("新发通知");
    }

    [Fact]
    [Trait("Req", "PLN-6")]
    [Trait("Req", "PLN-5")]
    public async Task A_red_task_is_a_notice_to_its_towns_officers_only_and_a_rerun_sends_nothing_new()
    {
        var officerA = await app.NewUser(BuiltInRole.TownOfficer, TownA);
        var officerB = await app.NewUser(BuiltInRole.TownOfficer, TownB);
        var county = await app.NewUser(BuiltInRole.Staff);
        var task = await NewTaskAsync(app, TownA, overdue: 3);

        await RunAsync(app);
        var row = await app.WithDb("/", db => db.Set<WorkTask>().AsNoTracking().SingleAsync(t => t.Id == task));
        (row.Warning, row.WarningSince, row.Done).ShouldBe((WarningLevel.Red, Today, 3));
        row.WarningReason.ShouldNotBeNull().ShouldContain("已逾期 3 天");
        var e = (await app.WithDb("/", db => db.Set<WarningEvent>().AsNoTracking().Where(x => x.SubjectId == task)
            .ToListAsync())).ShouldHaveSingleItem();
        (e.Level, e.RaisedOn, e.SubjectType, e.NodePath).ShouldBe((WarningLevel.Red, Today, "WorkTask", TownA));

        var notice = (await NoticesAsync(app, officerA.Id)).Where(n => n.Link!.Contains(task.ToString()))
            .ShouldHaveSingleItem();
        notice.Title.ShouldBe($"「任务预警·红」{row.Title}");
        notice.Body.ShouldBe(e.Reason);
        notice.Link.ShouldBe($"/plans/supervision?item={task}");
        (await NoticesAsync(app, officerB.Id)).ShouldBeEmpty("another town's officer hears nothing");
        (await NoticesAsync(app, county.Id)).ShouldNotContain(n => n.Link!.Contains(task.ToString()),
            "a 红 stays with the unit; only 通报 goes up");

        await RunAsync(app);
        (await NoticesAsync(app, officerA.Id)).Count(n => n.Link!.Contains(task.ToString())).ShouldBe(1);
        (await app.WithDb("/", db => db.Set<WarningEvent>().CountAsync(x => x.SubjectId == task))).ShouldBe(1);
    }

    [Fact]
    [Trait("Req", "PLN-6")]
    public async Task A_reported_task_is_also_listed_to_the_node_above()
    {
        var officer = await app.NewUser(BuiltInRole.TownOfficer, TownA);
        var county = await app.NewUser(BuiltInRole.Staff);
        var village = await app.NewUser(BuiltInRole.VillageOfficer, TownA);
        var task = await NewTaskAsync(app, TownA, overdue: 20);

        await RunAsync(app);
        var title = (await NoticesAsync(app, county.Id)).Where(n => n.Link!.Contains(task.ToString()))
            .ShouldHaveSingleItem().Title;
        title.ShouldStartWith("「任务预警·通报」");
        (await NoticesAsync(app, officer.Id)).ShouldContain(n => n.Title == title);
        (await NoticesAsync(app, village.Id)).ShouldBeEmpty("a village officer may not update plans");
    }

    [Fact]
    [Trait("Req", "PLN-6")]
    [Trait("Req", "LIA-2")]
    public async Task An_overdue_rectification_item_goes_red_and_a_future_task_stays_blue_or_normal()
    {
        var officer = await app.NewUser(BuiltInRole.TownOfficer, TownB);
        var (visit, item) = await NewItemAsync(app, TownB, overdue: 2);
        var soon = await NewTaskAsync(app, TownB, overdue: -7);
        var later = await NewTaskAsync(app, TownB, overdue: -8);

        await RunAsync(app);
        var row = await app.WithDb("/", db => db.Set<RectificationItem>().AsNoTracking()
            .SingleAsync(i => i.Id == item));
        row.Warning.ShouldBe(WarningLevel.Red);
        var notice = (await NoticesAsync(app, officer.Id)).Single(n => n.Link == $"/plans/supervision?item={item}");
        notice.Title.ShouldBe($"「整改预警·红」{row.Title}");
        var levels = await app.WithDb("/", db => db.Set<WorkTask>().Where(t => t.Id == soon || t.Id == later)
            .ToDictionaryAsync(t => t.Id, t => t.Warning));
        (levels[soon], levels[later]).ShouldBe((WarningLevel.Blue, WarningLevel.None));
        visit.ShouldNotBe(Guid.Empty);
    }
}

public sealed class RaiseWarningsTestsSqlite(SqliteApp app) : RaiseWarningsTests(app);
public sealed class RaiseWarningsTestsPostgres(PostgresApp app) : RaiseWarningsTests(app);
