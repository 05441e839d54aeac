using System.Net.Http.Headers;
using Microsoft.EntityFrameworkCore;
using Tongxin.Data;
using Tongxin.Data.Entities;
using Tongxin.Domain.Plans;
using Tongxin.Domain.Time;
using Tongxin.Web.Features.Plans;

namespace Tongxin.Web.Tests.Plans;

/// <summary>
/// 报送进展 (PLN-1, PLN-7): a town officer reports progress on their town's task; only an update with evidence
/// counts and can lift a warning; bad input and another town's task write nothing.
/// </summary>
public abstract class ProgressTests(TestApp app)
{
    private const string TownA = "/37/3704/370404/370404001/";
    private const string TownB = "/37/3704/370404/370404002/";

    private Task<Guid> NewTaskAsync(string path, int target = 4) => app.WithDb("/", async db =>
    {
        var node = await db.Regions.SingleAsync(r => r.NodePath == path);
        var today = ChinaTime.Today(TimeProvider.System);
        var task = new WorkTask
        {
            Title = TestData.Unique("统战之家规范化建设"), OwnerUnit = "党工委", Lead = "王明", Metric = "建成统战之家",
            MetricUnit = "个", Target = target, StartsOn = today.AddDays(-60), EndsOn = today.AddDays(120),
            Warning = WarningLevel.Yellow, NodeId = node.Id, NodePath = node.NodePath,
        };
        db.Add(task);
        await db.SaveChangesAsync();
        return task.Id;
    });

    private static object Update(Guid task, int done, string? text = "完成青檀社区统战之家挂牌", DateOnly? date = null) =>
        new { taskId = task, date = date ?? ChinaTime.Today(TimeProvider.System), done, text };

    private static async Task<HttpResponseMessage> AttachAsync(HttpClient c, Guid update, byte[] bytes,
        string name = "现场.png")
    {
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("image/png");
        form.Add(file, "file", name);
        return await c.PostAsync($"/api/v1/plans/progress/{update}/files", form);
    }

    private Task<WorkTask> TaskAsync(Guid id) =>
        app.WithDb("/", db => db.Set<WorkTask>().AsNoTracking().SingleAsync(t => t.Id == id));

    [Fact]
    [Trait("Req", "PLN-7")]
    [Trait("Req", "PLN-6")]
    public async Task Only_an_update_with_evidence_counts_and_lifts_the_warning()
    {
        var task = await NewTaskAsync(TownA);
        var town = await app.SignInAs(BuiltInRole.TownOfficer, TownA);
        var response = await town.PostAsJsonAsync("/api/v1/plans/progress", Update(task, 4));
        var result = await response.Read<RecordProgress.Result>(HttpStatusCode.Created);
        result.HasEvidence.ShouldBeFalse();
        result.Warning.ShouldBe(WarningLevel.Yellow, "an update without evidence cannot turn the item green");
        (await TaskAsync(task)).Done.ShouldBe(0, "its value is not counted");

        (await AttachAsync(town, result.Id, TestFiles.Png())).StatusCode.ShouldBe(HttpStatusCode.Created);
        var after = await TaskAsync(task);
        (after.Done, after.Warning).ShouldBe((4, WarningLevel.None));
        var history = await app.WithDb("/", db => db.Set<WarningEvent>().Where(e => e.SubjectId == task)
            .Select(e => e.Level).ToListAsync());
        history.ShouldBe([WarningLevel.None], "the change of level is kept");
        var files = await app.WithDb("/", db => db.Set<EvidenceFile>().Where(f => f.OwnerId == result.Id)
            .ToListAsync());
        files.Single().Sha256.ShouldNotBeNull();
        files.Single().NodePath.ShouldBe(TownA);
    }

    [Fact]
    [Trait("Req", "PLN-7")]
    public async Task Bad_input_is_refused_in_Chinese_and_writes_nothing()
    {
        var task = await NewTaskAsync(TownA);
        var town = await app.SignInAs(BuiltInRole.TownOfficer, TownA);
        var tomorrow = ChinaTime.Today(TimeProvider.System).AddDays(1);
        (await (await town.PostAsJsonAsync("/api/v1/plans/progress", Update(task, 1, date: tomorrow)))
            .Errors("Date"))[0].ShouldContain("今天");
        (await (await town.PostAsJsonAsync("/api/v1/plans/progress", Update(task, -1))).Errors("Done"))[0]
            .ShouldContain("完成值");
        (await (await town.PostAsJsonAsync("/api/v1/plans/progress", Update(task, 1, text: " "))).Errors("Text"))[0]
            .ShouldContain("进展情况");
        var ok = await (await town.PostAsJsonAsync("/api/v1/plans/progress", Update(task, 1)))
            .Read<RecordProgress.Result>(HttpStatusCode.Created);
        var fake = await AttachAsync(town, ok.Id, "not a picture"u8.ToArray());
        fake.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var counts = await app.WithDb("/", async db => (
            await db.Set<ProgressUpdate>().CountAsync(u => u.TaskId == task),
            await db.Set<EvidenceFile>().CountAsync(f => f.OwnerId == ok.Id)));
        counts.ShouldBe((1, 0));
        (await TaskAsync(task)).Warning.ShouldBe(WarningLevel.Yellow);
    }

    [Fact]
    [Trait("Req", "PLN-7")]
    [Trait("Req", "SEC-8")]
    public async Task Another_towns_task_is_not_found_and_a_village_officer_may_not_report()
    {
        var task = await NewTaskAsync(TownB);
        var town = await app.SignInAs(BuiltInRole.TownOfficer, TownA);
        (await town.PostAsJsonAsync("/api/v1/plans/progress", Update(task, 4))).StatusCode
            .ShouldBe(HttpStatusCode.NotFound);
        var village = await app.SignInAs("village1");
        (await village.PostAsJsonAsync("/api/v1/plans/progress", Update(task, 4))).StatusCode
            .ShouldBe(HttpStatusCode.Forbidden);
        (await app.WithDb("/", db => db.Set<ProgressUpdate>().CountAsync(u => u.TaskId == task))).ShouldBe(0);
    }
}

public sealed class ProgressTestsSqlite(SqliteApp app) : ProgressTests(app);
public sealed class ProgressTestsPostgres(PostgresApp app) : ProgressTests(app);
