using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Tongxin.Domain.People;
using Tongxin.Web.Tests.Infrastructure;

namespace Tongxin.Web.Tests;

/// <summary>The first slice of the people register (issue 3): encryption, masking, reveal, ID rules, dedupe, search.</summary>
public abstract class PeopleTests(TestApp app)
{
    private static string NewId(string birth = "19850612", int seq = -1)
    {
        var s = seq >= 0 ? seq : Random.Shared.Next(100, 999);
        var first17 = "370404" + birth + s.ToString("000");
        return first17 + IdNumber.CheckCharFor(first17);
    }

    private async Task<Guid> County(HttpClient c) => (await c.GetJson("/api/v1/regions?q=峰城区")).Items().First().GetProperty("id").GetGuid();

    private static object Person(string name, string? id, Guid node, string? phone = null, string? birth = null) => new
    {
        name, idNumber = id, phone, birthDate = birth, nodeId = node, categories = new[] { "C02" }, ethnicity = "E01", affiliation = "A09",
    };

    [Fact]
    [Trait("Req", "SEC-23")]
    [Trait("Req", "SEC-24")]
    [Trait("Req", "ACC-4")]
    public async Task Id_and_phone_are_encrypted_at_rest_masked_everywhere_and_revealed_only_with_an_audit_row()
    {
        var staff = await app.SignInAs("staff");
        var id = NewId("19760305");
        var created = await staff.PostAsJsonAsync("/api/v1/people", Person("加密测试", id, await County(staff), "13912345678"));
        created.StatusCode.ShouldBe(HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        var pid = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();

        var raw = await app.WithDb("/", async db =>
        {
            var c = db.Database.GetDbConnection();
            await c.OpenAsync();
            await using var cmd = c.CreateCommand();
            cmd.CommandText = app.Provider == "sqlite" ? "SELECT * FROM People" : "SELECT * FROM \"People\"";
            await using var reader = await cmd.ExecuteReaderAsync();
            var all = new System.Text.StringBuilder();
            while (await reader.ReadAsync())
                for (var i = 0; i < reader.FieldCount; i++) all.Append(reader.GetValue(i)).Append('|');
            return all.ToString();
        });
        raw.ShouldContain("加密测试");
        raw.ShouldNotContain(id);
        raw.ShouldNotContain("13912345678");

        var detail = await staff.GetJson($"/api/v1/people/{pid}");
        detail.GetProperty("idMasked").GetString().ShouldBe(id[..4] + "**********" + id[^4..]);
        detail.GetProperty("phoneMasked").GetString().ShouldBe("139****5678");
        detail.ToString().ShouldNotContain(id);
        var list = (await staff.GetJson("/api/v1/people?q=加密测试")).ToString();
        list.ShouldNotContain(id);
        list.ShouldNotContain("13912345678");

        var reveal = await staff.PostAsync($"/api/v1/people/{pid}/reveal/id", null);
        (await reveal.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("value").GetString().ShouldBe(id);
        var leader = await app.SignInAs("leader");
        (await leader.PostAsync($"/api/v1/people/{pid}/reveal/id", null)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var auditor = await app.SignInAs("auditor");
        var views = (await auditor.GetJson($"/api/v1/audit?event=view-unmasked&objectId={pid}")).Items().ToList();
        views.Count.ShouldBe(1);
        views[0].GetProperty("userName").GetString().ShouldBe("staff");
        var changes = (await auditor.GetJson($"/api/v1/audit?objectId={pid}&event=create")).ToString();
        changes.ShouldNotContain(id);
    }

    [Fact]
    [Trait("Req", "ACC-4")]
    public async Task Religion_ethnicity_and_affiliation_need_the_view_sensitive_permission()
    {
        var town1 = await app.SignInAs("town1");
        var row = (await town1.GetJson("/api/v1/people?tag=演示数据&pageSize=5")).Items().First();
        row.GetProperty("affiliation").GetString().ShouldBe("***");
        var detail = await town1.GetJson($"/api/v1/people/{row.GetProperty("id").GetGuid()}");
        detail.GetProperty("religion").GetString().ShouldBe("***");
        detail.GetProperty("ethnicity").GetString().ShouldBe("***");
        var staff = await app.SignInAs("staff");
        (await staff.GetJson($"/api/v1/people/{row.GetProperty("id").GetGuid()}")).GetProperty("religion").GetString().ShouldNotBe("***");
    }

    [Fact]
    [Trait("Req", "ID-1")]
    [Trait("Req", "ID-3")]
    [Trait("Req", "SEC-18")]
    public async Task Wrong_check_digits_impossible_dates_and_disagreeing_birth_dates_are_refused()
    {
        var staff = await app.SignInAs("staff");
        var node = await County(staff);
        var good = NewId("19900101", 123);
        var wrong = good[..17] + (good[17] == '1' ? '2' : '1');
        var e1 = await (await staff.PostAsJsonAsync("/api/v1/people", Person("校验位", wrong, node))).Problem(HttpStatusCode.BadRequest);
        e1.GetProperty("errors").GetProperty("IdNumber")[0].GetString()!.ShouldContain("校验位");
        var e2 = await (await staff.PostAsJsonAsync("/api/v1/people", Person("日期", "370404199002301230", node))).Problem(HttpStatusCode.BadRequest);
        e2.GetProperty("errors").GetProperty("IdNumber")[0].GetString()!.ShouldContain("不存在");
        var e3 = await (await staff.PostAsJsonAsync("/api/v1/people", Person("不一致", good, node, birth: "1990-01-02"))).Problem(HttpStatusCode.BadRequest);
        e3.GetProperty("errors").GetProperty("IdNumber")[0].GetString()!.ShouldContain("不一致");
        var e4 = await (await staff.PostAsJsonAsync("/api/v1/people", Person("电话", null, node, phone: "12ab"))).Problem(HttpStatusCode.BadRequest);
        e4.GetProperty("errors").GetProperty("Phone")[0].GetString()!.ShouldContain("电话");
        (await staff.GetJson("/api/v1/people?q=校验位")).GetProperty("total").GetInt32().ShouldBe(0);
    }

    [Fact]
    [Trait("Req", "ID-2")]
    [Trait("Req", "SEC-8")]
    public async Task One_person_per_id_number_and_the_existing_record_is_named_only_to_those_who_may_see_it()
    {
        var staff = await app.SignInAs("staff");
        var id = NewId("19660708");
        (await staff.PostAsJsonAsync("/api/v1/people", Person("原记录人", id, await County(staff)))).StatusCode.ShouldBe(HttpStatusCode.Created);
        var again = await (await staff.PostAsJsonAsync("/api/v1/people", Person("重复人", " " + id.ToLowerInvariant() + " ", await County(staff)))).Problem(HttpStatusCode.BadRequest);
        again.GetProperty("errors").GetProperty("IdNumber")[0].GetString()!.ShouldContain("原记录人");
        var town1 = await app.SignInAs("town1");
        var town = (await town1.GetJson("/api/v1/regions")).Items().First().GetProperty("id").GetGuid();
        (await town1.PostAsJsonAsync("/api/v1/people", Person("重复人", id, town))).StatusCode.ShouldBe(HttpStatusCode.Forbidden); // towns propose (PPL-9)
        var hidden = await (await town1.PostAsJsonAsync("/api/v1/pending-changes", Person("重复人", id, town))).Problem(HttpStatusCode.BadRequest);
        var message = hidden.GetProperty("errors").GetProperty("IdNumber")[0].GetString()!;
        message.ShouldContain("不在您的数据范围内");
        message.ShouldNotContain("原记录人");
    }

    [Fact]
    [Trait("Req", "PPL-6")]
    [Trait("Req", "PPL-5")]
    public async Task Names_match_across_variant_characters_and_widths_and_ids_and_phones_match_exactly()
    {
        var staff = await app.SignInAs("staff");
        var id = NewId("19800808");
        (await staff.PostAsJsonAsync("/api/v1/people", Person("峯城 李Ａ明", id, await County(staff), "13712340000"))).StatusCode.ShouldBe(HttpStatusCode.Created);
        (await staff.GetJson("/api/v1/people?q=峰城李a")).Items().ShouldContain(p => p.GetProperty("name").GetString() == "峯城 李Ａ明");
        async Task<int> Search(string q) => (await (await staff.PostAsJsonAsync("/api/v1/people/search", new { q })).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("total").GetInt32();
        (await Search(id)).ShouldBe(1);
        (await staff.GetAsync($"/api/v1/people?q={id}")).StatusCode.ShouldBe(HttpStatusCode.BadRequest); // never in a URL (SEC-17)
        (await Search("13712340000")).ShouldBe(1);
        (await staff.GetJson("/api/v1/people?category=C02&pageSize=5")).Items().ShouldAllBe(p => p.GetProperty("categories").GetString()!.Contains("无党派人士"));
    }

    [Fact]
    [Trait("Req", "SEC-25")]
    [Trait("Req", "PPL-1")]
    public async Task Two_edits_of_the_same_person_the_second_gets_a_conflict()
    {
        var staff = await app.SignInAs("staff");
        var node = await County(staff);
        var created = await staff.PostAsJsonAsync("/api/v1/people", Person("并发人员", null, node));
        var pid = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var version = (await staff.GetJson($"/api/v1/people/{pid}")).GetProperty("version").GetInt64();
        var edit = new { name = "并发人员甲", nodeId = node, categories = new[] { "C03" }, version };
        (await staff.PutAsJsonAsync($"/api/v1/people/{pid}", edit)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        await (await staff.PutAsJsonAsync($"/api/v1/people/{pid}", edit with { })).Problem(HttpStatusCode.Conflict);
        (await staff.GetJson($"/api/v1/people/{pid}")).GetProperty("name").GetString().ShouldBe("并发人员甲");
    }

    [Fact]
    [Trait("Req", "PPL-5")]
    [Trait("Req", "RPT-2")]
    [Trait("Req", "SEC-24")]
    public async Task The_filtered_list_exports_to_a_real_xlsx_masked_and_audited()
    {
        var town1 = await app.SignInAs("town1");
        var total = (await town1.GetJson("/api/v1/people?category=C05")).GetProperty("total").GetInt32();
        var response = await town1.GetAsync("/api/v1/people/export?category=C05");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentDisposition!.DispositionType.ShouldBe("attachment");
        using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        var rows = MiniExcelLibs.MiniExcel.Query(stream, useHeaderRow: false).Cast<IDictionary<string, object>>().ToList();
        rows[0]["A"].ShouldBe("人员库导出");
        rows[1]["A"].ToString()!.ShouldContain("类别 C05");
        rows[2]["A"].ToString()!.ShouldContain("town1");
        rows[3]["A"].ShouldBe("姓名");
        rows[3]["J"].ShouldBe("身份证号（脱敏）");
        var data = rows.Skip(4).ToList();
        data.Count.ShouldBe(total);
        data.ShouldAllBe(r => r["I"].ToString() == "坛山街道" || r["I"].ToString()!.EndsWith("村") || r["I"].ToString()!.EndsWith("社区") || r["I"].ToString() == "鹭鸣山庄");
        data.ShouldAllBe(r => r["J"] == null || r["J"].ToString()!.Contains("**********"));
        data.ShouldAllBe(r => r["E"] == null || r["E"].ToString() == "***"); // town1 may not see affiliation
        var auditor = await app.SignInAs("auditor");
        (await auditor.GetJson("/api/v1/audit?event=export&user=town1")).GetProperty("total").GetInt32().ShouldBeGreaterThan(0);
    }

    [Fact]
    [Trait("Req", "SEC-12")]
    public async Task More_than_500_people_with_sensitive_fields_are_not_exported_without_approval()
    {
        var staff = await app.SignInAs("staff");
        (await staff.GetJson("/api/v1/people")).GetProperty("total").GetInt32().ShouldBeGreaterThan(0);
        await using var fresh = await app.FreshAsync();
        var client = await fresh.SignInAs("staff");
        var county = await County(client);
        for (var i = 0; i < 110; i++)
            (await client.PostAsJsonAsync("/api/v1/people", Person($"批量{i}", null, county))).EnsureSuccessStatusCode();
        var refused = await client.GetAsync("/api/v1/people/export");
        (await refused.Problem(HttpStatusCode.Conflict)).GetProperty("title").GetString()!.ShouldContain("审批");
        var auditor = await fresh.SignInAs("auditor");
        (await auditor.GetJson("/api/v1/audit?event=export")).GetProperty("total").GetInt32().ShouldBe(0); // no file was made
    }

    [Fact]
    [Trait("Req", "PPL-2")]
    public async Task The_twelve_categories_are_dictionary_data_and_a_person_can_be_in_several()
    {
        var staff = await app.SignInAs("staff");
        var dict = await staff.GetJson("/api/v1/people/dictionaries");
        var categories = dict.GetProperty("kinds").GetProperty("person-category").EnumerateArray().Select(c => c.GetProperty("name").GetString()).ToList();
        categories.Count.ShouldBe(12);
        categories[0].ShouldBe("民主党派成员");
        categories[11].ShouldBe("其他需要联系和团结的人员");
        var created = await staff.PostAsJsonAsync("/api/v1/people", new { name = "多类别人员", nodeId = await County(staff), categories = new[] { "C01", "C06", "C06" } });
        var pid = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        (await staff.GetJson($"/api/v1/people/{pid}")).GetProperty("categories").EnumerateArray().Select(c => c.GetString()).ShouldBe(["C01", "C06"]);
        var unknown = await staff.PostAsJsonAsync("/api/v1/people", new { name = "未知类别", nodeId = await County(staff), categories = new[] { "C99" } });
        (await unknown.Problem(HttpStatusCode.BadRequest)).GetProperty("errors").GetProperty("Categories")[0].GetString()!.ShouldContain("C99");
        var none = await staff.PostAsJsonAsync("/api/v1/people", new { name = "无类别", nodeId = await County(staff), categories = Array.Empty<string>() });
        (await none.Problem(HttpStatusCode.BadRequest)).GetProperty("errors").GetProperty("Categories")[0].GetString()!.ShouldContain("至少");
    }

    [Fact]
    [Trait("Req", "SEC-17")]
    public async Task Id_numbers_phones_and_passwords_never_reach_the_application_logs()
    {
        await using var fresh = await app.FreshAsync(new()
        {
            ["Logging:LogLevel:Default"] = "Debug", ["Logging:LogLevel:Microsoft.AspNetCore"] = "Debug",
            ["Logging:LogLevel:Microsoft.EntityFrameworkCore"] = "Debug",
        });
        var staff = await fresh.SignInAs("staff");
        var id = NewId("19630303");
        const string phone = "13655554444";
        const string password = "Not-The-Password#9";
        (await fresh.Anonymous().PostAsJsonAsync("/api/v1/auth/token", new { userName = "staff\r\nforged: entry", password })).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        var created = await staff.PostAsJsonAsync("/api/v1/people", Person("日志测试", id, await County(staff), phone));
        var pid = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        await staff.PostAsync($"/api/v1/people/{pid}/reveal/id", null);
        await staff.PostAsync($"/api/v1/people/{pid}/reveal/phone", null);
        await staff.PostAsJsonAsync("/api/v1/people", Person("日志测试重复", id, await County(staff), phone));
        (await (await staff.PostAsJsonAsync("/api/v1/people/search", new { q = id })).Content.ReadFromJsonAsync<JsonElement>())
            .GetProperty("total").GetInt32().ShouldBe(1);
        (await (await staff.PostAsJsonAsync("/api/v1/people/search", new { q = phone })).Content.ReadFromJsonAsync<JsonElement>())
            .GetProperty("total").GetInt32().ShouldBe(1);
        var logs = string.Join("\n", fresh.Logs.Lines);
        logs.Length.ShouldBeGreaterThan(1000); // the app did log (EF commands, requests…)
        logs.ShouldNotContain(id);
        logs.ShouldNotContain(phone);
        logs.ShouldNotContain(password);
        logs.ShouldNotContain("\nforged: entry");
    }

    [Fact]
    [Trait("Req", "PPL-7")]
    public async Task Every_change_is_kept_with_who_when_and_old_to_new_and_sensitive_fields_stay_hidden()
    {
        var staff = await app.SignInAs("town1");
        var approver = await app.SignInAs("staff");
        var town = (await staff.GetJson("/api/v1/regions")).Items().First().GetProperty("id").GetGuid();
        async Task<Guid> Approve(HttpResponseMessage proposed)
        {
            proposed.StatusCode.ShouldBe(HttpStatusCode.Created, await proposed.Content.ReadAsStringAsync());
            var change = (await proposed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
            var decided = await approver.PostAsJsonAsync($"/api/v1/pending-changes/{change}/decision", new { approve = true });
            decided.StatusCode.ShouldBe(HttpStatusCode.OK, await decided.Content.ReadAsStringAsync());
            return (await decided.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("personId").GetGuid();
        }
        var pid = await Approve(await staff.PostAsJsonAsync("/api/v1/pending-changes", new { name = "历史人员", nodeId = town, categories = new[] { "C05" }, religion = "R02" }));
        await Approve(await staff.PostAsJsonAsync($"/api/v1/pending-changes?personId={pid}", new { name = "历史人员改", nodeId = town, categories = new[] { "C05" }, employer = "新单位", version = 0 }));
        var json = await staff.GetJson($"/api/v1/people/{pid}/history");
        var history = json.EnumerateArray().ToList();
        history.Count.ShouldBe(2);
        history[0].GetProperty("userName").GetString().ShouldBe("staff"); // the approver wrote it
        var changes = history[0].GetProperty("changes").EnumerateArray().ToList();
        changes.ShouldContain(c => c.GetProperty("field").GetString() == "Name" && c.GetProperty("before").GetString() == "历史人员" && c.GetProperty("after").GetString() == "历史人员改");
        json.GetRawText().ShouldNotContain("Religion"); // town1 may not see religion, not even in history
        var leader = await app.SignInAs("staff");
        (await leader.GetJson($"/api/v1/people/{pid}/history")).GetRawText().ShouldContain("Religion");
        var town2 = await app.SignInAs("town2");
        (await town2.GetAsync($"/api/v1/people/{pid}/history")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    [Trait("Req", "PPL-6")]
    public async Task Pinyin_initials_find_a_person_and_scope_still_applies()
    {
        var staff = await app.SignInAs("staff");
        var created = await staff.PostAsJsonAsync("/api/v1/people", Person("覃晓峯", null, await County(staff)));
        created.StatusCode.ShouldBe(HttpStatusCode.Created);
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        foreach (var q in new[] { "qxf", "QXF", "qx", "覃晓峰" })
            (await staff.GetJson($"/api/v1/people?q={Uri.EscapeDataString(q)}&pageSize=100")).Items().ShouldContain(p => p.GetProperty("id").GetGuid() == id, q);
        (await staff.GetJson("/api/v1/people?q=xqf&pageSize=100")).Items().ShouldNotContain(p => p.GetProperty("id").GetGuid() == id);
        var town1 = await app.SignInAs("town1");
        (await town1.GetJson("/api/v1/people?q=qxf&pageSize=100")).Items().ShouldNotContain(p => p.GetProperty("id").GetGuid() == id);
    }

    [Fact]
    [Trait("Req", "PPL-6")]
    [Trait("Req", "PPL-5")]
    public async Task Paging_through_a_search_shows_every_match_once_in_the_list_order()
    {
        var staff = await app.SignInAs("staff");
        var county = await County(staff);
        var created = new List<Guid>();
        foreach (var c in "一二三四五六七八九十甲乙丙丁戊己庚辛壬癸子丑寅")
        {
            var response = await staff.PostAsJsonAsync("/api/v1/people", Person("檀翊" + c, null, county));
            response.StatusCode.ShouldBe(HttpStatusCode.Created);
            created.Add((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid());
        }
        var whole = await staff.GetJson("/api/v1/people?q=檀翊&pageSize=50");
        whole.GetProperty("total").GetInt32().ShouldBe(23);
        var order = whole.Items().Select(p => p.GetProperty("id").GetGuid()).ToList();
        order.ShouldBe(created, ignoreOrder: true);
        var walked = new List<Guid>();
        foreach (var (page, size) in new[] { (1, 10), (2, 10), (3, 3) })
        {
            var json = await staff.GetJson($"/api/v1/people?q=檀翊&pageSize=10&page={page}");
            json.GetProperty("total").GetInt32().ShouldBe(23);
            var rows = json.Items().ToList();
            rows.Count.ShouldBe(size);
            rows.ShouldAllBe(r => r.GetProperty("name").GetString()!.StartsWith("檀翊") && r.GetProperty("idMasked").ValueKind != JsonValueKind.Undefined);
            walked.AddRange(rows.Select(r => r.GetProperty("id").GetGuid()));
        }
        walked.ShouldBe(order); // the same order page by page as in one page, nothing twice, nothing missed
        (await staff.GetJson("/api/v1/people?q=檀翊&pageSize=10&page=4")).Items().ShouldBeEmpty();
    }

    [Fact]
    [Trait("Req", "PPL-6")]
    public async Task The_list_sorts_by_age_and_by_name()
    {
        var staff = await app.SignInAs("staff");
        async Task<List<JsonElement>> Rows(string sort) => (await staff.GetJson($"/api/v1/people?tag=演示数据&category=C03&pageSize=100&sort={sort}")).Items().ToList();
        var oldest = (await Rows("-age")).Where(r => r.GetProperty("age").ValueKind == JsonValueKind.Number).Select(r => r.GetProperty("age").GetInt32()).ToList();
        oldest.Count.ShouldBeGreaterThan(5);
        oldest.ShouldBe(oldest.OrderByDescending(a => a).ToList());
        var youngest = (await Rows("age")).Where(r => r.GetProperty("age").ValueKind == JsonValueKind.Number).Select(r => r.GetProperty("age").GetInt32()).ToList();
        youngest.ShouldBe(youngest.OrderBy(a => a).ToList());
        (await Rows("name")).Count.ShouldBe((await Rows("-name")).Count);
    }
}

public sealed class PeopleTestsSqlite(SqliteApp app) : PeopleTests(app);
public sealed class PeopleTestsPostgres(PostgresApp app) : PeopleTests(app);
