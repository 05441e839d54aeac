using System.IO.Compression;
using System.Net.Http.Headers;
using System.Text.Json;
using Tongxin.Domain.People;
using Tongxin.Web.Features.People;

namespace Tongxin.Web.Tests;

/// <summary>PPL-5 / SEC-26 / SEC-21: all-or-nothing import from real .xlsx files.</summary>
public abstract class PeopleImportTests(TestApp app)
{
    private sealed record ImportCount(int Imported);

    private sealed record ImportRowError(int Row, string Column, string Reason);

    /// <summary>The problem+json answer of a refused import (its content type is checked by
    /// <c>Problem</c>).</summary>
    private sealed record ImportProblem(string Title, List<ImportRowError> Rows, string? ErrorFile);

    private static async Task<ImportProblem> Refused(HttpResponseMessage r) =>
        (await r.Problem(HttpStatusCode.BadRequest)).Deserialize<ImportProblem>(HttpExtensions.Json)!;

    private static string NewId(string birth)
    {
        var first17 = "370404" + birth + Random.Shared.Next(100, 999).ToString("000");
        return first17 + IdNumber.CheckCharFor(first17);
    }

    private static Dictionary<string, object?> Row(string name, string? id = null, object? birth = null,
        string categories = "无党派人士", string node = "370404001") => new()
        {
            [PeopleTemplate.Name] = name, [PeopleTemplate.Gender] = null, [PeopleTemplate.BirthDate] = birth,
            [PeopleTemplate.IdNumber] = id,
            [PeopleTemplate.Phone] = null, [PeopleTemplate.Ethnicity] = "汉族", [PeopleTemplate.Religion] = null,
            [PeopleTemplate.Affiliation] = "无党派人士",
            [PeopleTemplate.Education] = "大学本科", [PeopleTemplate.Employer] = "测试单位",
            [PeopleTemplate.Position] = null, [PeopleTemplate.Level] = null,
            [PeopleTemplate.Categories] = categories, [PeopleTemplate.NodeCode] = node,
            [PeopleTemplate.Tags] = "导入测试", [PeopleTemplate.Notes] = null,
        };

    private static byte[] Xlsx(IEnumerable<Dictionary<string, object?>> rows)
    {
        using var s = new MemoryStream();
        MiniExcelLibs.MiniExcel.SaveAs(s, rows.ToList());
        return s.ToArray();
    }

    private static async Task<HttpResponseMessage> Upload(HttpClient c, byte[] content, string name = "people.xlsx")
    {
        var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(file, "file", name);
        return await c.PostAsync("/api/v1/people/import", form);
    }

    [Fact]
    [Trait("Req", "PPL-5")]
    public async Task The_template_has_chinese_headers_and_a_filled_file_imports()
    {
        var staff = await app.SignInAs("staff");
        var template = await staff.GetAsync("/api/v1/people/template");
        template.StatusCode.ShouldBe(HttpStatusCode.OK);
        using (var t = new MemoryStream(await template.Content.ReadAsByteArrayAsync()))
            MiniExcelLibs.MiniExcel.GetColumns(t, useHeaderRow: true).ShouldBe(PeopleTemplate.Headers);

        var marker = "导入" + Guid.NewGuid().ToString("N")[..6];
        var id = NewId("19751010");
        var rows = new[]
        {
            Row(marker + "甲", id, "1975-10-10"), Row(marker + "乙", null, 29_000d),
                Row(marker + "丙", null, "1980/5/1", "无党派人士、非公有制经济人士"),
            PeopleTemplate.Headers.ToDictionary(h => h, h => (object?)null), // a trailing empty row is ignored
        };
        var response = await Upload(staff, Xlsx(rows));
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        (await response.Read<ImportCount>()).Imported.ShouldBe(3);
        (await staff.Get<PageTotal>($"/api/v1/people?q={marker}")).Total.ShouldBe(3);
        var byId = await (await staff.PostAsJsonAsync("/api/v1/people/search", new ListPeople.Query(Q: id)))
            .Read<Page<PersonRow>>();
        byId.Items.Single().Name.ShouldBe(marker + "甲");
    }

    [Fact]
    [Trait("Req", "PPL-5")]
    [Trait("Req", "SEC-26")]
    [Trait("Req", "SYS-6")]
    public async Task One_bad_row_and_nothing_is_written_and_every_bad_row_is_listed()
    {
        var staff = await app.SignInAs("staff");
        var marker = "坏行" + Guid.NewGuid().ToString("N")[..6];
        var good = NewId("19700101");
        var badCheck = good[..17] + (good[17] == '1' ? '2' : '1');
        var rows = new[]
        {
            Row(marker + "1"), Row(marker + "2", badCheck), Row(marker + "3", categories: "外星人"),
                Row(marker + "4", birth: "明年"),
            Row(marker + "5", node: "370404002"), Row(marker + "6", node: "999999999"),
        };
        var response = await Upload(staff, Xlsx(rows));
        var problem = await Refused(response);
        problem.Title.ShouldContain("未写入任何数据");
        var errors = problem.Rows.Select(e => (e.Row, e.Column)).ToList();
        errors.ShouldContain((3, PeopleTemplate.IdNumber));
        errors.ShouldContain((4, PeopleTemplate.Categories));
        errors.ShouldContain((5, PeopleTemplate.BirthDate));
        errors.ShouldContain((7, PeopleTemplate.NodeCode));
        errors.Select(e => e.Item1).ShouldNotContain(2);
        (await staff.Get<PageTotal>($"/api/v1/people?q={marker}")).Total.ShouldBe(0);

        var town1 = await app.SignInAs("town1");
        // towns propose, they do not import
        (await Upload(town1,
            Xlsx([Row(marker + "越界", node: "370404002")]))).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    [Trait("Req", "SEC-21")]
    [Trait("Req", "PPL-5")]
    public async Task Files_that_are_not_xlsx_or_are_zip_bombs_are_refused_before_parsing()
    {
        var staff = await app.SignInAs("staff");
        var text = await Upload(staff, "姓名,类别\n张三,无党派人士"u8.ToArray(), "people.xlsx");
        (await Refused(text)).Rows[0].Reason.ShouldContain("不是 .xlsx");

        using var bomb = new MemoryStream();
        using (var zip = new ZipArchive(bomb, ZipArchiveMode.Create, leaveOpen: true))
        {
            await using var entry = zip.CreateEntry("xl/worksheets/sheet1.xml", CompressionLevel.SmallestSize).Open();
            var zeros = new byte[1024 * 1024];
            for (var i = 0; i < 260; i++) await entry.WriteAsync(zeros);
        }
        bomb.Length.ShouldBeLessThan(2 * 1024 * 1024);
        var refused = await Upload(staff, bomb.ToArray());
        (await Refused(refused)).Rows[0].Reason.ShouldContain("解压后过大");

        var leader = await app.SignInAs("leader");
        (await Upload(leader, Xlsx([Row("只读")]))).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    [Trait("Req", "SEC-21")]
    public async Task A_file_over_the_size_limit_gets_413_before_it_is_read()
    {
        var staff = await app.SignInAs("staff");
        var big = new byte[(int)ImportPeople.MaxBytes + 100 * 1024];
        "PK\u0003\u0004"u8.CopyTo(big);
        var response = await Upload(staff, big);
        response.StatusCode.ShouldBe(HttpStatusCode.RequestEntityTooLarge);
        (await response.Content.ReadAsStringAsync()).ShouldContain("MB");
    }

    [Fact]
    [Trait("Req", "PPL-5")]
    public async Task Merged_header_cells_are_refused_with_a_message()
    {
        var staff = await app.SignInAs("staff");
        using var file = new MemoryStream();
        file.Write(Xlsx([Row("合并表头" + Guid.NewGuid().ToString("N")[..6])]));
        using (var zip = new ZipArchive(file, ZipArchiveMode.Update, leaveOpen: true))
        {
            var entry = zip.GetEntry("xl/worksheets/sheet1.xml")!;
            string xml;
            using (var reader = new StreamReader(entry.Open())) xml = await reader.ReadToEndAsync();
            entry.Delete();
            xml = xml.Replace("</x:sheetData>",
                "</x:sheetData><x:mergeCells count=\"1\"><x:mergeCell ref=\"A1:B1\"/></x:mergeCells>")
                .Replace("</sheetData>", "</sheetData><mergeCells count=\"1\"><mergeCell ref=\"A1:B1\"/></mergeCells>");
            xml.ShouldContain("mergeCell ");
            await using var writer = new StreamWriter(zip.CreateEntry("xl/worksheets/sheet1.xml").Open());
            await writer.WriteAsync(xml);
        }
        var refused = await Upload(staff, file.ToArray());
        var reason = (await Refused(refused)).Rows[0].Reason;
        reason.ShouldContain("合并单元格");
        reason.ShouldContain("A1:B1");
    }

    [Fact]
    [Trait("Req", "PPL-5")]
    public async Task The_bad_rows_can_be_downloaded_as_an_excel_file_by_the_importer_only()
    {
        var staff = await app.SignInAs("staff");
        var marker = "错误清单" + Guid.NewGuid().ToString("N")[..6];
        var problem = await Refused(
            await Upload(staff, Xlsx([Row(marker + "1"), Row(marker + "2", categories: "外星人")])));
        problem.ErrorFile.ShouldNotBeNull();
        var url = problem.ErrorFile;
        var file = await staff.GetAsync(url);
        file.StatusCode.ShouldBe(HttpStatusCode.OK);
        using var stream = new MemoryStream(await file.Content.ReadAsByteArrayAsync());
        var rows = MiniExcelLibs.MiniExcel.Query(stream, useHeaderRow: false).Cast<IDictionary<string, object>>()
            .ToList();
        rows[3]["A"].ShouldBe("行号");
        rows.Skip(4)
            .ShouldContain(r => r["A"].ToString() == "3" && r["B"].ToString() == PeopleTemplate.Categories
            && r["C"].ToString()!.Contains("外星人"));
        var other = await app.SignInAs("staff2");
        (await other.GetAsync(url)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }
}

public sealed class PeopleImportTestsSqlite(SqliteApp app) : PeopleImportTests(app);
public sealed class PeopleImportTestsPostgres(PostgresApp app) : PeopleImportTests(app);
