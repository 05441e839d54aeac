using System.Text;
using System.Text.Json;
using Tongxin.Web.Infrastructure.Uploads;
using static Tongxin.Web.Tests.Duties.DutiesHelpers;
using static Tongxin.Web.Tests.Infrastructure.TestData;

namespace Tongxin.Web.Tests;

/// <summary>
/// SEC-21 (issue 14, item 6): uploads are whole files of an accepted kind, not just the right first bytes — an
/// executable zipped and named .docx, HTML behind "%PDF", macros, embedded programs and forged-size zip bombs are
/// 400 with a Chinese reason; real small files are accepted.
/// </summary>
public abstract class UploadCheckTests(TestApp app)
{
    // Built once: deflating a few hundred megabytes of zeros is the slow part of these tests.
    private static readonly Lazy<byte[]> DocxBomb = new(() => TestFiles.ForgedSizeBomb("word/document.xml", 160));
    private static readonly Lazy<byte[]> XlsxBomb =
        new(() => TestFiles.ForgedSizeBomb("xl/worksheets/sheet1.xml", 260));

    private static readonly byte[] Exe = [(byte)'M', (byte)'Z', 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, 0xFF, 0xFF];

    [Fact]
    [Trait("Req", "SEC-21")]
    public async Task Real_small_pdf_png_docx_and_xlsx_files_are_accepted_with_their_content_type()
    {
        var (staff, activity) = await NewActivity();
        foreach (var (bytes, name) in new[]
            { (TestFiles.Pdf(), "纪要.pdf"), (TestFiles.Png(), "合影.png"), (TestFiles.Docx(), "纪要.docx"),
                (TestFiles.Xlsx(), "名单.xlsx") })
            (await Attach(staff, activity, bytes, name)).StatusCode.ShouldBe(HttpStatusCode.Created, name);
        var files = (await staff.Get<ActivityDto>($"/api/v1/activities/{activity}")).Files;
        files.Count.ShouldBe(4);
        var docx = files.Single(f => f.FileName == "纪要.docx").Id;
        (await staff.GetAsync($"/api/v1/activities/attachments/{docx}")).Content.Headers.ContentType!.MediaType
            .ShouldBe(Tongxin.Web.Infrastructure.ContentTypes.Docx);
    }

    [Fact]
    [Trait("Req", "SEC-21")]
    public async Task Files_that_only_start_right_are_refused_with_a_chinese_reason()
    {
        var (staff, activity) = await NewActivity();
        async Task<string> Refused(byte[] bytes, string name)
        {
            var response = await Attach(staff, activity, bytes, name);
            var reason = (await response.Errors("file")).Single();
            reason.ShouldMatch(@"\p{IsCJKUnifiedIdeographs}", name);
            return reason;
        }

        (await Refused(ZipOf(("setup.exe", Exe)), "纪要.docx")).ShouldContain("不是有效的 Word");
        (await Refused(Encoding.UTF8.GetBytes("%PDF-1.7\n<html><script>alert(1)</script></html>"), "纪要.pdf"))
            .ShouldContain("不是有效的 PDF");
        (await Refused(TestFiles.Docx("application/vnd.ms-word.document.macroEnabled.main+xml"), "纪要.docx"))
            .ShouldContain("宏");
        (await Refused(TestFiles.Docx(extra: [("word/vbaProject.bin", Exe)]), "纪要.docx")).ShouldContain("宏");
        (await Refused(TestFiles.Docx(extra: [("word/embeddings/oleObject1.bin", Exe)],
            extraTypes: "<Default Extension=\"bin\" "
                + "ContentType=\"application/vnd.openxmlformats-officedocument.oleObject\"/>"), "纪要.docx"))
            .ShouldContain("OLE");
        (await Refused(TestFiles.Docx(extra: [("word/media/run.js", "alert(1)"u8.ToArray())]), "纪要.docx"))
            .ShouldContain("可执行程序");
        (await Refused(TestFiles.Docx(extra: [("word/media/image1.png", Exe)]), "纪要.docx"))
            .ShouldContain("可执行程序");
        (await Refused(TestFiles.Png()[..40], "合影.png")).ShouldContain("损坏");
        (await Refused(TestFiles.Png(), "合影.html")).ShouldContain("文件名与内容不符");
        (await Refused(TestFiles.Docx(), "名单.xlsx")).ShouldContain("不是有效的 Excel");

        (await staff.Get<ActivityDto>($"/api/v1/activities/{activity}")).Files.ShouldBeEmpty();
    }

    [Fact]
    [Trait("Req", "SEC-21")]
    public async Task A_zip_bomb_with_forged_sizes_is_a_400_for_attachments_and_for_the_import()
    {
        var (staff, activity) = await NewActivity();
        var bomb = DocxBomb.Value;
        bomb.Length.ShouldBeLessThan(1024 * 1024);
        (await (await Attach(staff, activity, bomb, "纪要.docx")).Errors("file")).Single()
            .ShouldContain("解压后过大");

        using var form = new MultipartFormDataContent
        {
            { new ByteArrayContent(XlsxBomb.Value), "file", "人员.xlsx" },
        };
        var import = await (await staff.PostAsync("/api/v1/people/import", form)).Problem(HttpStatusCode.BadRequest);
        import.GetProperty("rows")[0].GetProperty("reason").GetString()!.ShouldContain("解压后过大");
    }

    [Fact]
    [Trait("Req", "SEC-21")]
    public void A_forged_size_zip_bomb_is_refused_in_bounded_memory()
    {
        var bomb = DocxBomb.Value; // 160 MB of data against a limit of 100 MB
        var before = GC.GetAllocatedBytesForCurrentThread();
        var verdict = UploadCheck.Inspect(bomb, "纪要.docx", [FileKind.Docx], 100 * 1024 * 1024);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        verdict.Error.ShouldNotBeNull().ShouldContain("解压后过大");
        allocated.ShouldBeLessThan(8 * 1024 * 1024, "the check streams through the data, never holds it");
    }

    private async Task<(HttpClient Staff, Guid Activity)> NewActivity()
    {
        var staff = await app.SignInAs("staff");
        var body = await staff.FirstBody("区委统战部");
        var created = await staff.PostAsJsonAsync("/api/v1/activities",
            Activity(DateOnly.FromDateTime(DateTime.UtcNow), "T02", Unique("上传检查"), body: body));
        return (staff, await created.CreatedId());
    }

    private static byte[] ZipOf(params (string Name, byte[] Content)[] entries)
    {
        using var file = new MemoryStream();
        using (var zip = new System.IO.Compression.ZipArchive(file, System.IO.Compression.ZipArchiveMode.Create, true))
            foreach (var (name, content) in entries)
            {
                using var s = zip.CreateEntry(name).Open();
                s.Write(content);
            }
        return file.ToArray();
    }
}

public sealed class UploadCheckTestsSqlite(SqliteApp app) : UploadCheckTests(app);
public sealed class UploadCheckTestsPostgres(PostgresApp app) : UploadCheckTests(app);
