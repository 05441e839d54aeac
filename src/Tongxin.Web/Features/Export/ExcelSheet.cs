using MiniExcelLibs;

namespace Tongxin.Web.Features.Export;

/// <summary>
/// Excel files as UI.md asks: a title row, the filter used, the export time and user, then the table with
/// Chinese headers. Shared by every list export.
/// </summary>
public static class ExcelSheet
{
    public static byte[] Build(string title, string filter, string exportedBy, DateTime utc,
        IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<object?>> rows)
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
        using var stream = new MemoryStream();
        stream.SaveAs(all, printHeader: false);
        return stream.ToArray();
    }

    private static string ColumnName(int i) => i < 26 ? ((char)('A' + i)).ToString() : "A" + (char)('A' + i - 26);
}
