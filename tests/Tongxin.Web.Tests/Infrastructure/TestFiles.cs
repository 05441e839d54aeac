using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace Tongxin.Web.Tests.Infrastructure;

/// <summary>Small real files built in the test (SEC-21 checks that uploads are whole files, not first bytes).</summary>
public static class TestFiles
{
    /// <summary>A one-page PDF with a correct cross-reference table.</summary>
    public static byte[] Pdf(string text = "minutes")
    {
        var content = $"BT /F1 12 Tf 72 720 Td ({text}) Tj ET";
        string[] objects =
        [
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
                + "/Resources << /Font << /F1 5 0 R >> >> >>",
            $"<< /Length {content.Length} >>\nstream\n{content}\nendstream",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        ];
        var pdf = new StringBuilder("%PDF-1.4\n");
        var offsets = new List<int>();
        for (var i = 0; i < objects.Length; i++)
        {
            offsets.Add(pdf.Length);
            pdf.Append($"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
        }
        var xref = pdf.Length;
        pdf.Append($"xref\n0 {objects.Length + 1}\n0000000000 65535 f \n");
        foreach (var o in offsets) pdf.Append($"{o:D10} 00000 n \n");
        pdf.Append($"trailer\n<< /Size {objects.Length + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        return Encoding.ASCII.GetBytes(pdf.ToString());
    }

    /// <summary>A 2×2 RGB PNG with correct checksums.</summary>
    public static byte[] Png()
    {
        using var raw = new MemoryStream();
        using (var z = new ZLibStream(raw, CompressionLevel.Optimal, leaveOpen: true))
            for (var y = 0; y < 2; y++) z.Write([0, 255, 0, 0, 0, 0, 255]);
        var ihdr = new byte[13];
        BinaryPrimitives.WriteUInt32BigEndian(ihdr, 2);
        BinaryPrimitives.WriteUInt32BigEndian(ihdr.AsSpan(4), 2);
        (ihdr[8], ihdr[9]) = (8, 2);
        using var png = new MemoryStream();
        png.Write([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);
        Chunk(png, "IHDR", ihdr);
        Chunk(png, "IDAT", raw.ToArray());
        Chunk(png, "IEND", []);
        return png.ToArray();
    }

    /// <summary>A minimal Word document; <paramref name="extra"/> adds parts (name, bytes) and content types.
    /// </summary>
    public static byte[] Docx(string mainType = DocxMain, IEnumerable<(string Name, byte[] Content)>? extra = null,
        string extraTypes = "")
    {
        using var file = new MemoryStream();
        using (var zip = new ZipArchive(file, ZipArchiveMode.Create, leaveOpen: true))
        {
            Add(zip, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" "
                + "ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + $"<Override PartName=\"/word/document.xml\" ContentType=\"{mainType}\"/>{extraTypes}</Types>");
            Add(zip, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
                + "relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>");
            Add(zip, "word/document.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
                + "<w:body><w:p><w:r><w:t>会议纪要</w:t></w:r></w:p></w:body></w:document>");
            foreach (var (name, content) in extra ?? [])
            {
                using var s = zip.CreateEntry(name).Open();
                s.Write(content);
            }
        }
        return file.ToArray();
    }

    public const string DocxMain = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";

    /// <summary>A small workbook written by MiniExcel, as users' spreadsheet programs write one.</summary>
    public static byte[] Xlsx()
    {
        using var s = new MemoryStream();
        MiniExcelLibs.MiniExcel.SaveAs(s, new[] { new { 姓名 = "张三", 人数 = 3 } });
        return s.ToArray();
    }

    /// <summary>
    /// A zip whose directory says each entry is small while its data inflates to <paramref name="megabytes"/> MB:
    /// the sizes in both the local headers and the central directory are forged.
    /// </summary>
    public static byte[] ForgedSizeBomb(string entryName, int megabytes)
    {
        using var file = new MemoryStream();
        using (var zip = new ZipArchive(file, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var s = zip.CreateEntry(entryName, CompressionLevel.Optimal).Open();
            var zeros = new byte[1024 * 1024];
            for (var i = 0; i < megabytes; i++) s.Write(zeros);
        }
        var b = file.ToArray();
        for (var i = 0; i + 4 <= b.Length; i++)
        {
            var at = b.AsSpan(i);
            if (at.StartsWith("PK\u0003\u0004"u8)) BinaryPrimitives.WriteUInt32LittleEndian(at[22..], 100);
            if (at.StartsWith("PK\u0001\u0002"u8)) BinaryPrimitives.WriteUInt32LittleEndian(at[24..], 100);
        }
        return b;
    }

    private static void Add(ZipArchive zip, string name, string text)
    {
        using var s = zip.CreateEntry(name).Open();
        s.Write(Encoding.UTF8.GetBytes(text));
    }

    private static void Chunk(Stream png, string type, byte[] data)
    {
        Span<byte> number = stackalloc byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(number, (uint)data.Length);
        png.Write(number);
        var typed = Encoding.ASCII.GetBytes(type).Concat(data).ToArray();
        png.Write(typed);
        BinaryPrimitives.WriteUInt32BigEndian(number, Crc(typed));
        png.Write(number);
    }

    private static uint Crc(byte[] data)
    {
        var c = 0xFFFFFFFFu;
        foreach (var b in data)
        {
            c ^= b;
            for (var k = 0; k < 8; k++) c = (c & 1) != 0 ? 0xEDB88320 ^ (c >> 1) : c >> 1;
        }
        return c ^ 0xFFFFFFFFu;
    }
}
