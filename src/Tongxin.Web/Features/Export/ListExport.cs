using Tongxin.Data.Audit;

namespace Tongxin.Web.Features.Export;

/// <summary>
/// UI.md: every list exports. A list's export reads every page of the same handler the list uses (so its filters and
/// scope hold), builds the sheet with <see cref="ExcelSheet"/>, writes the export audit row in the same save, and
/// names the file in Beijing time as its 导出时间 line reads. Personal data never goes through here unmasked: the
/// people export keeps its own approval path (SEC-12).
/// </summary>
public sealed class ListExport(TongxinDb db, TimeProvider clock) : IHandler
{
    public const int MaxRows = 10_000;

    public sealed record File(string Name, byte[] Content, int Rows)
    {
        /// <summary>The answer of an export endpoint: the sheet as a download under its name.</summary>
        public Microsoft.AspNetCore.Http.HttpResults.FileContentHttpResult Download() =>
            TypedResults.File(Content, ContentTypes.Xlsx, Name);
    }

    public async Task<File> HandleAsync<T>(
        string title, string objectType, string filter, IReadOnlyList<string> headers,
        Func<int, Task<Paged<T>>> page, Func<T, IReadOnlyList<object?>> row, CancellationToken ct = default)
    {
        var first = await page(1);
        if (first.Total > MaxRows)
            throw new ConflictException(Loc.T($"一次最多导出 {MaxRows:N0} 行，当前 {first.Total:N0} 行，请缩小筛选范围",
                $"At most {MaxRows:N0} rows per export, {first.Total:N0} selected; narrow the filter"));
        var rows = new List<T>(first.Items);
        for (var p = 2; rows.Count < first.Total; p++)
        {
            var next = await page(p);
            if (next.Items.Count == 0) break;
            rows.AddRange(next.Items);
        }
        var now = clock.GetUtcNow().UtcDateTime;
        var content = ExcelSheet.Build(title, filter, db.CurrentUser.UserName ?? "", now, headers, rows.Select(row));
        db.AddAuditEvent(AuditEvents.Export, objectType, null, db.CurrentUser.ScopePath,
            details: new { rows = rows.Count, filter });
        await db.SaveChangesAsync(ct);
        return new File(FileName(title, now), content, rows.Count);
    }

    /// <summary>A workbook of several sheets (each already read in full), audited as one export.</summary>
    public async Task<File> HandleAsync(string title, string objectType, string filter,
        IReadOnlyList<ExcelSheet.Sheet> sheets, CancellationToken ct = default)
    {
        var rows = sheets.Sum(s => s.Rows.Count());
        if (rows > MaxRows)
            throw new ConflictException(Loc.T($"一次最多导出 {MaxRows:N0} 行，当前 {rows:N0} 行，请缩小筛选范围",
                $"At most {MaxRows:N0} rows per export, {rows:N0} selected; narrow the filter"));
        var now = clock.GetUtcNow().UtcDateTime;
        var content = ExcelSheet.Build(db.CurrentUser.UserName ?? "", now, sheets);
        db.AddAuditEvent(AuditEvents.Export, objectType, null, db.CurrentUser.ScopePath,
            details: new { rows, filter });
        await db.SaveChangesAsync(ct);
        return new File(FileName(title, now), content, rows);
    }

    /// <summary>A list that is not paged, as the one page <see cref="HandleAsync{T}"/> reads.</summary>
    public static Func<int, Task<Paged<T>>> Whole<T>(Func<Task<IReadOnlyList<T>>> all) => async _ =>
        await all() is var rows ? new Paged<T>(rows, rows.Count, 1, Math.Max(rows.Count, 1)) : null!;

    /// <summary>The 筛选条件 line: "label：value" for each filter given, joined with Chinese commas.</summary>
    public static string Filter(params (string Label, object? Value)[] parts) => string.Join("，", parts
        .Where(p => p.Value is not null && !string.IsNullOrWhiteSpace(p.Value.ToString()))
        .Select(p => $"{p.Label}：{p.Value}"));

    /// <summary>An export's file name: its title and the Beijing time its 导出时间 line shows.</summary>
    public static string FileName(string title, DateTime utc) => $"{title}_{Loc.Stamp(utc)}.xlsx";
}
