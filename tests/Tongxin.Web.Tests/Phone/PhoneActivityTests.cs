using Microsoft.EntityFrameworkCore;
using System.Security.Cryptography;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SkiaSharp;
using Tongxin.Data.Entities;
using Tongxin.Web.Infrastructure;

namespace Tongxin.Web.Tests.Phone;

/// <summary>
/// Recording an activity on a phone (issue 15, item 2): a plain form, no script, that keeps what was typed, searches
/// for participants without saving, writes once per idempotency key and stamps photo evidence (OBL-1, OBL-6, SYS-1).
/// </summary>
public abstract class PhoneActivityTests(TestApp app)
{
    private const string Url = "/m/activities/new";

    private static IEnumerable<(string, string)> Fields(Guid node, string topic, string type = "T03",
        string action = "save", params Guid[] participants) =>
        [("Input.Date", DateTime.UtcNow.AddHours(8).ToString("yyyy-MM-dd")), ("Input.Type", type),
         ("Input.Topic", topic), ("Input.NodeId", node.ToString()), ("Input.Action", action),
         .. participants.Select(p => ("Input.Participants", p.ToString()))];

    private static Task<Guid> VillageNode(TestApp a) =>
        a.WithDb("/", db => db.Regions.Where(r => r.NodePath == PhoneForms.Village1).Select(r => r.Id).SingleAsync());

    private static Task<List<Activity>> Saved(TestApp a, string topic) =>
        a.WithDb("/", db => db.Activities.AsNoTracking().Where(x => x.Topic == topic).ToListAsync());

    [Fact]
    [Trait("Req", "OBL-1")]
    [Trait("Req", "SYS-1")]
    public async Task Village1_finds_a_participant_without_saving_then_saves_once()
    {
        await using var fresh = await app.FreshAsync();
        var node = await VillageNode(fresh);
        var name = TestData.Unique("手机参会");
        var person = await fresh.NewPerson(node, name);
        var phone = await fresh.Browser("village1");
        var form = await phone.Open(Url);
        form.Html.ShouldContain($"value=\"{DateTime.UtcNow.AddHours(8):yyyy-MM-dd}\"");
        form.Html.ShouldContain($"name=\"Input.NodeId\" value=\"{node}\""); // the only node, preselected
        var topic = TestData.Unique("村里学习");

        var search = await phone.Post(Url, "activity", form,
            [.. Fields(node, topic, action: "search"), ("Input.Q", name)]);
        search.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = PhoneForms.Decoded(await search.Content.ReadAsStringAsync());
        html.ShouldContain($"value=\"{person}\" checked"); // the one match is ticked
        html.ShouldContain($"value=\"{topic}\""); // the search kept the topic
        (await Saved(fresh, topic)).ShouldBeEmpty();

        var save = await phone.Post(Url, "activity", form, Fields(node, topic, participants: person));
        save.StatusCode.ShouldBe(HttpStatusCode.Redirect, await save.Content.ReadAsStringAsync());
        var saved = (await Saved(fresh, topic)).ShouldHaveSingleItem();
        save.Headers.Location!.ToString().ShouldEndWith($"/m/activities/saved/{saved.Id}");
        saved.Participants.ShouldBe($"|{person}|");
        (await phone.GetStringAsync(save.Headers.Location)).ShouldContain("保存成功");
    }

    [Fact]
    [Trait("Req", "OBL-1")]
    [Trait("Req", "SYS-1")]
    public async Task A_refused_save_shows_the_form_again_with_everything_typed_and_the_reason()
    {
        await using var fresh = await app.FreshAsync();
        var node = await VillageNode(fresh);
        var phone = await fresh.Browser("village1");
        var form = await phone.Open(Url);
        var topic = TestData.Unique("没有类型");

        var r = await phone.Post(Url, "activity", form,
            [.. Fields(node, topic, type: ""), ("Input.Minutes", "会上传达了文件 & 讨论"), ("Input.Q", "王")]);
        r.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = PhoneForms.Decoded(await r.Content.ReadAsStringAsync());
        html.ShouldContain("请选择活动类型");
        html.ShouldContain($"value=\"{topic}\"");
        html.ShouldContain("会上传达了文件 &amp; 讨论".Replace("&amp;", "&"));
        html.ShouldContain("value=\"王\"");
        html.ShouldContain($"name=\"Input.Key\" value=\"{form.Key}\""); // nothing was used: the same form may retry
        (await Saved(fresh, topic)).ShouldBeEmpty();
    }

    [Fact]
    [Trait("Req", "SYS-1")]
    public async Task The_same_form_posted_twice_writes_one_activity_and_answers_with_the_first_result()
    {
        await using var fresh = await app.FreshAsync();
        var node = await VillageNode(fresh);
        var phone = await fresh.Browser("village1");
        var form = await phone.Open(Url);
        var topic = TestData.Unique("重复提交");

        var first = await phone.Post(Url, "activity", form, Fields(node, topic));
        var again = await phone.Post(Url, "activity", form, Fields(node, topic + "（改）"));
        first.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        again.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        again.Headers.Location.ShouldBe(first.Headers.Location);
        (await Saved(fresh, topic)).Count.ShouldBe(1);
        (await Saved(fresh, topic + "（改）")).ShouldBeEmpty();
        var other = await phone.Open(Url); // a new form is a new key
        other.Key.ShouldNotBe(form.Key);
    }

    [Fact]
    [Trait("Req", "SYS-1")]
    [Trait("Req", "SEC-19")]
    public async Task A_form_without_a_valid_antiforgery_token_is_refused_in_Chinese_and_writes_nothing()
    {
        await using var fresh = await app.FreshAsync();
        var node = await VillageNode(fresh);
        var phone = await fresh.Browser("village1");
        var topic = TestData.Unique("无令牌");
        var form = await phone.Open(Url) with { Token = "forged" };
        using var request = new HttpRequestMessage(HttpMethod.Post, Url);
        var body = new MultipartFormDataContent
        {
            { new StringContent("activity"), "_handler" },
            { new StringContent(form.Token), "__RequestVerificationToken" },
            { new StringContent(form.Key), "Input.Key" },
        };
        foreach (var (name, value) in Fields(node, topic)) body.Add(new StringContent(value), name);
        request.Content = body;
        request.Headers.Accept.ParseAdd("text/html");
        var r = await phone.SendAsync(request);
        r.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var html = PhoneForms.Decoded(await r.Content.ReadAsStringAsync());
        html.ShouldContain("表单已失效");
        html.ShouldContain("请返回并刷新页面后重新提交");
        html.ShouldNotContain("antiforgery", Case.Insensitive);
        (await Saved(fresh, topic)).ShouldBeEmpty();
    }

    [Fact]
    [Trait("Req", "SYS-2")]
    public async Task A_form_without_its_key_is_refused_and_writes_nothing_however_often_it_is_sent()
    {
        await using var fresh = await app.FreshAsync();
        var node = await VillageNode(fresh);
        var phone = await fresh.Browser("village1");
        var topic = TestData.Unique("无键");
        foreach (var key in new[] { "", "zzz", "" })
        {
            var form = await phone.Open(Url) with { Key = key };
            var r = await phone.Post(Url, "activity", form, Fields(node, topic));
            r.StatusCode.ShouldBe(HttpStatusCode.OK, key);
            var html = PhoneForms.Decoded(await r.Content.ReadAsStringAsync());
            html.ShouldContain("表单已失效，请重新打开后再提交");
            html.ShouldContain(topic); // what was typed is kept, with a fresh key to send it again
        }
        (await Saved(fresh, topic)).ShouldBeEmpty();
    }

    [Fact]
    [Trait("Req", "OBL-6")]
    public async Task A_photo_is_kept_with_a_stamped_copy_and_its_hash_in_the_audit_chain()
    {
        await using var fresh = await app.FreshAsync();
        var node = await VillageNode(fresh);
        var phone = await fresh.Browser("village1");
        var form = await phone.Open(Url);
        form.Html.ShouldContain("accept=\"image/*\" capture=\"environment\" multiple");
        var topic = TestData.Unique("带照片");
        var photo = PhoneForms.Photo();

        var r = await phone.Post(Url, "activity", form, Fields(node, topic), ("现场.jpg", photo));
        r.StatusCode.ShouldBe(HttpStatusCode.Redirect, await r.Content.ReadAsStringAsync());
        var activity = (await Saved(fresh, topic)).ShouldHaveSingleItem();
        var file = await fresh.WithDb("/", db => db.ActivityAttachments.AsNoTracking()
            .SingleAsync(f => f.ActivityId == activity.Id));
        var hash = Convert.ToHexStringLower(SHA256.HashData(photo));
        file.Sha256.ShouldBe(hash);
        var folder = fresh.Services.GetRequiredService<IOptions<TongxinOptions>>().Value.UploadsPath;
        File.ReadAllBytes(Path.Combine(folder, file.StoredName)).ShouldBe(photo); // the original is kept
        var stamped = File.ReadAllBytes(Path.Combine(folder, file.StampedName.ShouldNotBeNull()));
        using (var copy = SKBitmap.Decode(stamped))
        {
            (copy.Width, copy.Height).ShouldBe((640, 480));
            copy.GetPixel(320, 10).ShouldBe(SKBitmap.Decode(photo).GetPixel(320, 10)); // top untouched
            copy.GetPixel(320, 470).ShouldNotBe(SKBitmap.Decode(photo).GetPixel(320, 470)); // band drawn
        }
        var audit = await fresh.WithDb("/", db => db.AuditEntries.AsNoTracking()
            .Where(a => a.ObjectType == nameof(ActivityAttachment) && a.ObjectId == file.Id.ToString())
            .Select(a => a.Details).ToListAsync());
        audit.ShouldContain(d => d != null && d.Contains(hash));
    }

    [Fact]
    [Trait("Req", "OBL-6")]
    [Trait("Req", "SEC-21")]
    public async Task A_later_photo_refused_leaves_no_activity_and_no_file_of_the_earlier_one()
    {
        await using var fresh = await app.FreshAsync();
        var node = await VillageNode(fresh);
        var phone = await fresh.Browser("village1");
        var form = await phone.Open(Url);
        var topic = TestData.Unique("第二张照片是假的");
        var folder = fresh.Services.GetRequiredService<IOptions<TongxinOptions>>().Value.UploadsPath;
        Directory.CreateDirectory(folder);
        var before = Directory.GetFiles(folder).Length;

        var fake = "<html>not a photo</html>"u8.ToArray();
        var r = await phone.Post(Url, "activity", form, Fields(node, topic), ("一.jpg", PhoneForms.Photo()),
            ("二.jpg", fake));
        r.StatusCode.ShouldBe(HttpStatusCode.OK); // the form again, with the reason
        PhoneForms.Decoded(await r.Content.ReadAsStringAsync()).ShouldContain(topic);
        (await Saved(fresh, topic)).ShouldBeEmpty();
        Directory.GetFiles(folder).Length.ShouldBe(before); // the first photo and its stamped copy went too
    }

    [Fact]
    [Trait("Req", "OBL-6")]
    [Trait("Req", "SEC-14")]
    public async Task Audit_verify_detects_a_changed_or_missing_photo_and_a_changed_hash_on_its_row()
    {
        await using var fresh = await app.FreshAsync();
        var node = await VillageNode(fresh);
        var phone = await fresh.Browser("village1");
        var form = await phone.Open(Url);
        var topic = TestData.Unique("照片被改");
        (await phone.Post(Url, "activity", form, Fields(node, topic), ("现场.jpg", PhoneForms.Photo())))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var activity = (await Saved(fresh, topic)).ShouldHaveSingleItem();
        var file = await fresh.WithDb("/", db => db.ActivityAttachments.AsNoTracking()
            .SingleAsync(f => f.ActivityId == activity.Id));
        var path = Path.Combine(fresh.Services.GetRequiredService<IOptions<TongxinOptions>>().Value.UploadsPath,
            file.StoredName);
        async Task<(int Code, string Text)> Verify()
        {
            var output = new StringWriter();
            return (await Cli.AuditVerifyCommand.RunAsync(fresh.Services, output), output.ToString());
        }
        (await Verify()).Code.ShouldBe(0);

        var original = await File.ReadAllBytesAsync(path);
        var changed = original.ToArray();
        changed[^3] ^= 0xFF; // one byte of the photo, as an edited copy would
        await File.WriteAllBytesAsync(path, changed);
        var (code, text) = await Verify();
        code.ShouldBe(1);
        text.ShouldContain("佐证文件被改动");
        text.ShouldContain("现场.jpg");

        File.Delete(path);
        (await Verify()).Text.ShouldContain("佐证文件缺失");

        // The file and its row changed together: the hash the audit chain holds still tells.
        await File.WriteAllBytesAsync(path, changed);
        var forged = Convert.ToHexStringLower(SHA256.HashData(changed));
        await fresh.WithDb("/", db => db.Database.ExecuteSqlAsync(
            $"UPDATE \"ActivityAttachments\" SET \"Sha256\" = {forged} WHERE \"Id\" = {file.Id}"));
        (code, text) = await Verify();
        code.ShouldBe(1);
        text.ShouldContain("与审计日志中的哈希不符");

        await fresh.WithDb("/", db => db.Database.ExecuteSqlAsync(
            $"UPDATE \"ActivityAttachments\" SET \"Sha256\" = {file.Sha256} WHERE \"Id\" = {file.Id}"));
        await File.WriteAllBytesAsync(path, original);
        (await Verify()).Code.ShouldBe(0);
    }
}

public sealed class PhoneActivityTestsSqlite(SqliteApp app) : PhoneActivityTests(app);
public sealed class PhoneActivityTestsPostgres(PostgresApp app) : PhoneActivityTests(app);
