using System.IO.Compression;
using System.Xml.Linq;
using MiniExcelLibs;
using MiniExcelLibs.OpenXml;

namespace Tongxin.Web.Features.Export;

/// <summary>
/// Excel files as UI.md asks: a title row, the filter used, the export time and user, then the table with
/// Chinese headers. Shared by every list export. The first four rows stay in view when scrolling, and the filter
/// buttons sit on the header row (row 4), not on the title.
/// </summary>
public static class ExcelSheet
{
    /// <summary>One sheet of a workbook: its tab name, title, filter line, headers and rows.</summary>
    public sealed record Sheet(string Name, string Title, string Filter, IReadOnlyList<string> Headers,
        IEnumerable<IReadOnlyList<object?>> Rows);

    public static byte[] Build(string title, string filter, string exportedBy, DateTime utc,
        IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<object?>> rows)
    {
        var (all, range) = Table(title, filter, exportedBy, utc, headers, rows);
        using var stream = new MemoryStream();
        stream.SaveAs(all, printHeader: false, configuration: Configuration);
        FilterOnHeaderRow(stream, 1, range);
        return stream.ToArray();
    }

    /// <summary>A workbook of several sheets (e.g. the 三张清单), each laid out as <see cref="Build"/> lays one out.
    /// </summary>
    public static byte[] Build(string exportedBy, DateTime utc, IReadOnlyList<Sheet> sheets)
    {
        var tables = sheets.Select(s => Table(s.Title, s.Filter, exportedBy, utc, s.Headers, s.Rows)).ToList();
        var book = new Dictionary<string, object>();
        for (var i = 0; i < sheets.Count; i++) book[sheets[i].Name] = tables[i].Rows;
        using var stream = new MemoryStream();
        stream.SaveAs(book, printHeader: false, configuration: Configuration);
        for (var i = 0; i < sheets.Count; i++) FilterOnHeaderRow(stream, i + 1, tables[i].Range);
        return stream.ToArray();
    }

    private static OpenXmlConfiguration Configuration =>
        new() { FreezeRowCount = HeaderRow, AutoFilter = false };

    private static (List<Dictionary<string, object?>> Rows, string Range) Table(string title, string filter,
        string exportedBy, DateTime utc, IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<object?>> rows)
    {
        var columns = headers.Select((_, i) => ColumnName(i)).ToList();
        Dictionary<string, object?> Row(IReadOnlyList<object?> values) =>
            columns.Select((c, i) => (c, i < values.Count ? values[i] : null)).ToDictionary(x => x.c, x => x.Item2);
        var all = new List<Dictionary<string, object?>>
        {
            Row([title]),
            Row([$"筛选条件：{(string.IsNullOrWhiteSpace(filter) ? "全部" : filter)}"]),
            Row([$"导出时间：{Infrastructure.Loc.Time(utc)}　导出人：{exportedBy}"]),
            Row(headers.Cast<object?>().ToList()),
        };
        all.AddRange(rows.Select(Row));
        return (all, $"A{HeaderRow}:{columns[^1]}{all.Count}");
    }

    private const int HeaderRow = 4;

    /// <summary>MiniExcel can only filter from row 1 (the title): add the sheet's autoFilter right after its data,
    /// where the Office Open XML schema wants it.</summary>
    private static void FilterOnHeaderRow(MemoryStream xlsx, int sheetNo, string range)
    {
        using var zip = new ZipArchive(xlsx, ZipArchiveMode.Update, leaveOpen: true);
        var name = $"xl/worksheets/sheet{sheetNo}.xml";
        var entry = zip.GetEntry(name)!;
        XDocument sheet;
        using (var read = entry.Open()) sheet = XDocument.Load(read);
        var ns = sheet.Root!.Name.Namespace;
        sheet.Root.Element(ns + "sheetData")!
            .AddAfterSelf(new XElement(ns + "autoFilter", new XAttribute("ref", range)));
        entry.Delete();
        using var write = zip.CreateEntry(name, CompressionLevel.Optimal).Open();
        sheet.Save(write, SaveOptions.DisableFormatting);
    }

    private static string ColumnName(int i) => i < 26 ? ((char)('A' + i)).ToString() : "A" + (char)('A' + i - 26);
}
