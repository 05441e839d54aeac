using Microsoft.EntityFrameworkCore;
using Tongxin.Data.Entities;
using Tongxin.Domain.Plans;
using Tongxin.Domain.Time;

namespace Tongxin.Web.Tests.Phone;

/// <summary>
/// 报送进展 on a phone (PLN-7, issue 16): a plain multipart form, no script; with a photo the task turns from 黄 to
/// 正常, a resend of the same form writes once, a refused send keeps what was typed.
/// </summary>
public abstract class PhoneProgressTests(TestApp app)
{
    private const string TownA = "/37/3704/370404/370404001/";

    private Task<Guid> NewTaskAsync() => app.WithDb("/", async db =>
    {
        var node = await db.Regions.SingleAsync(r => r.NodePath == TownA);
        var today = ChinaTime.Today(TimeProvider.System);
        var task = new WorkTask
        {
            Title = TestData.Unique("统战之家规范化"), OwnerUnit = "坛山街道党工委", Lead = "王明", Metric = "规范化统战之家",
            MetricUnit = "个", Target = 4, StartsOn = today.AddDays(-90), EndsOn = today.AddDays(90),
            Warning = WarningLevel.Yellow, WarningReason = "90 天未报送有佐证的进展", NodeId = node.Id,
            NodePath = node.NodePath,
        };
        db.Add(task);
        await db.SaveChangesAsync();
        return task.Id;
    });

    private static (string, string)[] Fields(string done, string text = "青檀社区统战之家完成规范化建设") =>
        [("Input.Date", ChinaTime.Today(TimeProvider.System).ToString("yyyy-MM-dd")), ("Input.Done", done),
         ("Input.Text", text)];

    private Task<List<ProgressUpdate>> UpdatesAsync(Guid task) =>
        app.WithDb("/", db => db.Set<ProgressUpdate>().AsNoTracking().Where(u => u.TaskId == task).ToListAsync());

    [Fact]
    [Trait("Req", "PLN-7")]
    [Trait("Req", "PLN-6")]
    public async Task Town1_reports_with_a_photo_once_and_the_task_turns_from_yellow_to_normal()
    {
        var task = await NewTaskAsync();
        var phone = await app.Browser("town1");
        var url = $"/m/tasks/{task}/progress";
        var form = await phone.Open(url);
        PhoneForms.Decoded(form.Html).ShouldContain("黄色预警");

        var sent = await phone.Post(url, "progress", form, Fields("4"), ("现场.jpg", PhoneForms.Photo()));
        sent.StatusCode.ShouldBe(HttpStatusCode.Redirect, await sent.Content.ReadAsStringAsync());
        sent.Headers.Location!.ToString().ShouldEndWith($"/m/tasks/{task}?saved=1");
        var again = await phone.Post(url, "progress", form, Fields("4"), ("现场.jpg", PhoneForms.Photo()));
        again.Headers.Location.ShouldBe(sent.Headers.Location, "the same form sent twice writes once");
        var update = (await UpdatesAsync(task)).ShouldHaveSingleItem();
        (update.HasEvidence, update.FileCount, update.Done).ShouldBe((true, 1, 4));
        update.RecordedByName.ShouldNotBeNullOrEmpty();

        var card = PhoneForms.Decoded(await phone.GetStringAsync(sent.Headers.Location));
        card.ShouldContain("进展已报送");
        card.ShouldContain("data-warning=\"None\"");
        card.ShouldContain("佐证材料 1 个");
    }

    [Fact]
    [Trait("Req", "PLN-7")]
    public async Task Without_a_photo_the_update_is_kept_but_the_task_stays_yellow()
    {
        var task = await NewTaskAsync();
        var phone = await app.Browser("town1");
        var url = $"/m/tasks/{task}/progress";
        var sent = await phone.Post(url, "progress", await phone.Open(url), Fields("4"));
        sent.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var card = PhoneForms.Decoded(await phone.GetStringAsync(sent.Headers.Location));
        card.ShouldContain("data-warning=\"Yellow\"");
        card.ShouldContain("无佐证材料（不计入进度）");
        (await UpdatesAsync(task)).ShouldHaveSingleItem().HasEvidence.ShouldBeFalse();
    }

    [Fact]
    [Trait("Req", "PLN-7")]
    [Trait("Req", "SYS-1")]
    public async Task A_refused_send_keeps_what_was_typed_and_writes_nothing()
    {
        var task = await NewTaskAsync();
        var phone = await app.Browser("town1");
        var url = $"/m/tasks/{task}/progress";
        var r = await phone.Post(url, "progress", await phone.Open(url), Fields("很多", "写了一半的进展 & 说明"));
        r.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = PhoneForms.Decoded(await r.Content.ReadAsStringAsync());
        html.ShouldContain("请填写当前完成值");
        html.ShouldContain("写了一半的进展 & 说明");
        (await UpdatesAsync(task)).ShouldBeEmpty();
        (await phone.GetAsync($"/m/tasks/{Guid.NewGuid()}/progress")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }
}

public sealed class PhoneProgressTestsSqlite(SqliteApp app) : PhoneProgressTests(app);
public sealed class PhoneProgressTestsPostgres(PostgresApp app) : PhoneProgressTests(app);
