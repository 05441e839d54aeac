using System.IO.Compression;
using System.Xml;

namespace Tongxin.Web.Infrastructure.Uploads;

/// <summary>
/// Whether a zip is a real Office Open XML package of one kind (.docx or .xlsx): a [Content_Types].xml whose main
/// part is the kind's and is present, no macros (VBA, XLM), ActiveX or OLE objects, and no part that is or is named
/// like a program. First every part is inflated from its own bytes (<see cref="ZipWalk"/>), so a zip bomb stops at the
/// limit whatever sizes its directory claims.
/// </summary>
internal static class OfficePackage
{
    public const int MaxEntries = 1000;

    // Content types of parts that run code or carry foreign objects: macro-enabled main parts, VBA projects and
    // their data, Excel 4 macro sheets, ActiveX controls, embedded OLE objects, Windows programs.
    private static readonly string[] ForbiddenTypes =
        ["macroEnabled", "vbaProject", "vbaData", "macrosheet", "activeX", "oleObject", "msdownload", "x-msdos"];

    private static readonly HashSet<string> ProgramExtensions = new(StringComparer.OrdinalIgnoreCase)
    {
        ".exe", ".dll", ".com", ".scr", ".pif", ".cpl", ".msi", ".msp", ".bat", ".cmd", ".ps1", ".psm1", ".vbs",
        ".vbe", ".js", ".jse", ".wsf", ".wsh", ".hta", ".jar", ".lnk", ".reg", ".sh", ".sys", ".ocx",
        ".docm", ".xlsm", ".dotm", ".xltm", ".xlam", ".pptm",
    };

    /// <summary>Null when the package is a clean one of <paramref name="kind"/>; otherwise why not.</summary>
    public static string? Check(ArraySegment<byte> file, FileKind kind, long maxUnpacked)
    {
        if (ZipWalk.Verify(file, MaxEntries, maxUnpacked) > MaxEntries)
            return Loc.T($"文件内含部件过多（超过 {MaxEntries} 个），已拒绝",
                $"The file holds more than {MaxEntries} parts and was refused");
        using var zip = new ZipArchive(new MemoryStream(file.Array!, file.Offset, file.Count, false));
        var budget = new Budget(maxUnpacked); // the sizes are true now; this only bounds what is parsed below
        var types = zip.GetEntry("[Content_Types].xml") is { } ct ? ContentTypes(ct, budget) : null;
        if (types?.All.FirstOrDefault(t => ForbiddenTypes.Any(f => t.Contains(f, StringComparison.OrdinalIgnoreCase)))
            is { } forbidden)
            return forbidden.Contains("macro", StringComparison.OrdinalIgnoreCase)
                || forbidden.Contains("vba", StringComparison.OrdinalIgnoreCase)
                ? Macros() : Embedded(forbidden);
        if (types is null || !types.Overrides.TryGetValue(kind.MainPart!, out var mainPart)
            || zip.GetEntry(mainPart.TrimStart('/')) is null)
            return Loc.T($"文件不是有效的 {kind.Name}文档（缺少内容类型清单或主文档）",
                $"The file is not a valid {kind.Name} document (no content types or main part)");
        foreach (var entry in zip.Entries)
        {
            if (entry.FullName.Contains("vbaProject", StringComparison.OrdinalIgnoreCase)) return Macros();
            if (ProgramExtensions.Contains(Path.GetExtension(entry.Name))) return Embedded(entry.FullName);
            if (entry.FullName.EndsWith(".rels", StringComparison.OrdinalIgnoreCase))
            {
                if (ExternalCode(entry, budget) is { } target) return Loc.T(
                    $"文件引用外部模板或对象（{target}），不能上传",
                    $"The file refers to an outside template or object ({target}) and cannot be uploaded");
            }
            else if (IsProgramOrOle(entry, budget)) return Embedded(entry.FullName);
        }
        return null;
    }

    private static string Macros() => Loc.T("文件含有宏，不能上传；请另存为不含宏的 .docx 或 .xlsx 后再上传",
        "The file contains macros; save it as a .docx or .xlsx without macros and upload again");

    private static string Embedded(string what) => Loc.T(
        $"文件内嵌可执行程序或 OLE 对象（{what}），不能上传",
        $"The file embeds a program or an OLE object ({what}) and cannot be uploaded");

    /// <summary>True when the part starts like a Windows or Linux program or an OLE compound file.</summary>
    private static bool IsProgramOrOle(ZipArchiveEntry entry, Budget budget)
    {
        using var s = new CountingStream(entry.Open(), budget);
        Span<byte> head = stackalloc byte[8];
        var n = s.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        return head[..n] is [(byte)'M', (byte)'Z', ..] or [0x7F, (byte)'E', (byte)'L', (byte)'F', ..]
            or [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, ..];
    }

    // Relationships that fetch a template, frame or object from elsewhere when the file opens (template injection).
    private static readonly string[] ExternalKinds = ["/attachedTemplate", "/oleObject", "/subDocument", "/frame"];

    /// <summary>The target of the first outside relationship that would load code or objects, if any.</summary>
    private static string? ExternalCode(ZipArchiveEntry entry, Budget budget)
    {
        using var reader = XmlReader.Create(new CountingStream(entry.Open(), budget),
            new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null });
        while (reader.Read())
            if (reader is { NodeType: XmlNodeType.Element, LocalName: "Relationship" }
                && reader.GetAttribute("TargetMode") == "External" && reader.GetAttribute("Type") is { } type
                && ExternalKinds.Any(k => type.EndsWith(k, StringComparison.Ordinal)))
                return reader.GetAttribute("Target") ?? type;
        return null;
    }

    private sealed record Types(Dictionary<string, string> Overrides, List<string> All);

    /// <summary>The package's content types: main-part type to part name, and every type it declares.</summary>
    private static Types ContentTypes(ZipArchiveEntry entry, Budget budget)
    {
        var types = new Types(new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase), []);
        using var reader = XmlReader.Create(new CountingStream(entry.Open(), budget),
            new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null });
        while (reader.Read())
        {
            if (reader.NodeType != XmlNodeType.Element || reader.GetAttribute("ContentType") is not { } type) continue;
            types.All.Add(type);
            if (reader.LocalName == "Override" && reader.GetAttribute("PartName") is { } part)
                types.Overrides.TryAdd(type, part);
        }
        return types;
    }
}
