using System.Globalization;
using System.IO.Compression;
using System.Xml;
using Tongxin.Domain.People;
using Tongxin.Web.Features.Dictionaries;
using Tongxin.Web.Infrastructure.Uploads;

namespace Tongxin.Web.Features.People;

// The feature namespace Tongxin.Web.Features.Dictionaries hides the seed's kind codes from here.
using Dictionaries = Tongxin.Data.Seed.Dictionaries;

/// <summary>
/// PPL-5 import, all or nothing (SEC-26): every row goes through the same validation as the form inside one
/// transaction; one bad row and nothing is written, and every bad row comes back with row number, column and
/// reason. The file is checked before parsing: size, zip signature, then the shared upload check (SEC-21).
/// </summary>
public sealed class ImportPeople(TongxinDb db, SavePerson save, PeopleDictionary dictionary) : IHandler
{
    public const long MaxBytes = 20 * 1024 * 1024;
    private const long MaxUnpacked = 200 * 1024 * 1024;
    public const int MaxRows = 10_000;
    private const int BatchSize = 500;

    public sealed record RowError(int Row, string Column, string Reason);

    public sealed record Result(int Imported, IReadOnlyList<RowError> Errors);

    /// <summary>Progress of a running import: rows checked so far of the total (the page shows it).</summary>
    public sealed record Progress(int Done, int Total);

    public async Task<Result> HandleAsync(Stream file, CancellationToken ct = default,
        IProgress<Progress>? progress = null)
    {
        using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer, ct);
        if (CheckFile(buffer) is { } fileError)
            return new Result(0, [new RowError(0, Loc.T("文件", "File"), fileError)]);
        buffer.Position = 0;
        List<IDictionary<string, object?>> rows;
        try
        {
            rows = MiniExcelLibs.MiniExcel.Query(buffer, useHeaderRow: true).Cast<IDictionary<string, object?>>()
                .ToList();
        }
        catch (Exception ex) when (ex is InvalidDataException or InvalidOperationException or FormatException
            or IndexOutOfRangeException)
        {
            return new Result(0, [new RowError(0, Loc.T("文件", "File"),
                Loc.T("无法读取该文件，请使用本系统下载的模板（.xlsx）",
                    "Cannot read this file; use the template downloaded from this system (.xlsx)"))]);
        }
        var headers = rows.FirstOrDefault()?.Keys.ToList() ?? [];
        var missing = PeopleTemplate.Required.Where(h => !headers.Contains(h)).ToList();
        if (headers.Count == 0 || missing.Count > 0)
            return new Result(0, [new RowError(1, string.Join("、", missing.DefaultIfEmpty(Loc.T("表头", "Header"))),
                Loc.T("缺少必填列；请勿修改或合并模板表头",
                "Required columns are missing; do not change or merge the template headers"))]);
        rows = rows.Where(r => r.Values.Any(v => v is not null && !string.IsNullOrWhiteSpace(v.ToString()))).ToList();
        if (rows.Count > MaxRows) return new Result(0, [new RowError(0, Loc.T("文件", "File"),
            Loc.T($"一次最多导入 {MaxRows:N0} 行，当前 {rows.Count:N0} 行",
            $"At most {MaxRows:N0} rows per import; this file has {rows.Count:N0}"))]);

        var dict = await dictionary.HandleAsync(ct);
        var nodes = await db.Regions.AsNoTracking().Select(r => new { r.Code, r.Id })
            .ToDictionaryAsync(r => r.Code, r => r.Id, ct);
        var errors = new List<RowError>();
        await using var tx = await db.BeginWriteAsync(ct);
        progress?.Report(new Progress(0, rows.Count));
        var seen = new Dictionary<string, int>();
        var pending = 0;
        for (var i = 0; i < rows.Count; i++)
        {
            if (i % 100 == 0 && i > 0) progress?.Report(new Progress(i, rows.Count));
            var rowNumber = i + 2; // row 1 is the header
            var (request, rowErrors) = Parse(rows[i], dict, nodes);
            if (request.IdNumber is { } idText && IdNumber.Canonical(idText) is { Length: 18 } canonical
                && !seen.TryAdd(canonical, rowNumber))
                rowErrors.Add((PeopleTemplate.IdNumber, Loc.T($"与第 {seen[canonical]} 行的身份证号码重复",
                    $"Same ID number as row {seen[canonical]}")));
            // A row with errors is still checked by the form's rules, so every error comes back in one pass; a column
            // the parser already faulted (an unknown code left empty in the request) is not reported twice.
            var parsed = rowErrors.Select(e => e.Column).ToHashSet();
            var checkOnly = errors.Count > 0 || rowErrors.Count > 0;
            try
            {
                // Rows are added and saved in batches inside the one transaction; after the first error they are
                // only checked.
                await save.HandleAsync(null, request, ct, validateOnly: checkOnly, deferSave: true);
                if (!checkOnly && ++pending >= BatchSize)
                {
                    await db.SaveChangesAsync(ct);
                    db.ChangeTracker.Clear();
                    pending = 0;
                }
            }
            catch (InvalidInputException ex)
            {
                rowErrors.AddRange(ex.Errors.Select(e => (Column: PeopleTemplate.ColumnOf(e.Key), Messages: e.Value))
                    .Where(e => !parsed.Contains(e.Column)).SelectMany(e => e.Messages.Select(m => (e.Column, m))));
            }
            if (rowErrors.Count == 0) continue;
            errors.AddRange(rowErrors.Select(e => new RowError(rowNumber, e.Column, e.Reason)));
            db.ChangeTracker.Clear(); // nothing will be written: stop collecting rows, keep validating
        }
        if (errors.Count == 0 && pending > 0) await db.SaveChangesAsync(ct);
        progress?.Report(new Progress(rows.Count, rows.Count));
        // the transaction is disposed uncommitted: nothing is written
        if (errors.Count > 0) return new Result(0, errors);
        await tx.CommitAsync(ct);
        return new Result(rows.Count, []);
    }

    private static string? CheckFile(MemoryStream buffer)
    {
        if (buffer.Length == 0) return Loc.T("文件为空", "The file is empty");
        if (buffer.Length > MaxBytes) return Loc.T($"文件超过 {MaxBytes / 1024 / 1024} MB",
            $"The file is larger than {MaxBytes / 1024 / 1024} MB");
        var head = buffer.GetBuffer();
        if (buffer.Length < 4 || head[0] != 'P' || head[1] != 'K' || head[2] != 3 || head[3] != 4)
            return Loc.T("文件不是 .xlsx 格式（请用 Excel、WPS 或 LibreOffice 另存为 .xlsx）",
                "The file is not .xlsx (save it as .xlsx in Excel, WPS or LibreOffice)");
        // The shared check (SEC-21): a real .xlsx package without macros or programs, inflated within the limit.
        if (UploadCheck.Inspect(buffer.GetBuffer().AsMemory(0, (int)buffer.Length), null, [FileKind.Xlsx],
                MaxUnpacked).Error is { } error)
            return error;
        try
        {
            buffer.Position = 0;
            using var zip = new ZipArchive(buffer, ZipArchiveMode.Read, leaveOpen: true);
            if (MergedHeader(zip) is { } merged)
                return Loc.T(
                    $"表头含合并单元格（{merged}），请取消合并、每列一个表头后再导入",
                    $"The header has merged cells ({merged}); unmerge them, one header per column, and import again");
        }
        catch (InvalidDataException)
        {
            return Loc.T("文件已损坏，无法打开", "The file is damaged and cannot be opened");
        }
        return null;
    }

    /// <summary>
    /// The first merged range that touches row 1 of the first sheet (merges are not visible through MiniExcel).
    /// </summary>
    private static string? MergedHeader(ZipArchive zip)
    {
        var sheet = zip.Entries
            .Where(e => e.FullName.StartsWith("xl/worksheets/sheet", StringComparison.Ordinal)
                && e.FullName.EndsWith(".xml", StringComparison.Ordinal))
            .OrderBy(e => e.FullName.Length).ThenBy(e => e.FullName, StringComparer.Ordinal).FirstOrDefault();
        if (sheet is null) return null;
        using var reader = XmlReader.Create(sheet.Open(),
            new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null });
        while (reader.Read())
        {
            if (reader.NodeType != XmlNodeType.Element || reader.LocalName != "mergeCell"
                || reader.GetAttribute("ref") is not { } range) continue;
            var first = new string(range.Split(':')[0].SkipWhile(char.IsAsciiLetter).ToArray());
            if (first == "1") return range;
        }
        return null;
    }

    private static (SavePerson.Request Request, List<(string Column, string Reason)> Errors) Parse(
        IDictionary<string, object?> row, PeopleDictionary.Result dict, Dictionary<string, Guid> nodes)
    {
        var errors = new List<(string, string)>();
        string? Text(string column) =>
            row.TryGetValue(column, out var v) && v is not null && v.ToString() is { } s
                && !string.IsNullOrWhiteSpace(s)
                ? s.Trim()
                : null;
        string? Code(string column, string kind)
        {
            var name = Text(column);
            if (name is null) return null;
            var item = dict.Of(kind).FirstOrDefault(i => i.Name == name || i.Code == name);
            if (item is null)
                errors.Add((column, Loc.T($"“{name}”不在字典中", $"\"{name}\" is not in the dictionary")));
            return item?.Code;
        }
        Gender? gender = Text(PeopleTemplate.Gender) switch
        {
            null => null,
            "男" => Gender.Male,
            "女" => Gender.Female,
            var g => Bad(PeopleTemplate.Gender,
                Loc.T($"“{g}”应为 男 或 女", $"\"{g}\" must be 男 (male) or 女 (female)"))
        };
        Gender? Bad(string column, string reason)
        {
            errors.Add((column, reason));
            return null;
        }
        var categories = (Text(PeopleTemplate.Categories) ?? "")
            .Split(['、', ',', '，', ';', '；'],
                StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(name => dict.Of(Dictionaries.Category).FirstOrDefault(i => i.Name == name)?.Code ?? $"?{name}")
            .ToArray();
        foreach (var unknown in categories.Where(c => c.StartsWith('?'))) errors.Add((PeopleTemplate.Categories,
            Loc.T($"类别“{unknown[1..]}”不存在", $"Category \"{unknown[1..]}\" does not exist")));
        Guid? node = null;
        if (Text(PeopleTemplate.NodeCode) is { } code)
        {
            if (nodes.TryGetValue(Domain.Text.Width.ToHalfWidth(code), out var id)) node = id;
            else errors.Add((PeopleTemplate.NodeCode,
                Loc.T($"区划代码 {code} 不存在或不在您的数据范围内",
                    $"Region code {code} does not exist or is outside your data scope")));
        }
        var request = new SavePerson.Request(
            Text(PeopleTemplate.Name), gender, Date(row, errors), Text(PeopleTemplate.IdNumber),
            Text(PeopleTemplate.Phone),
            Code(PeopleTemplate.Ethnicity, Dictionaries.Ethnicity),
            Code(PeopleTemplate.Religion, Dictionaries.Religion),
            Code(PeopleTemplate.Affiliation, Dictionaries.Affiliation),
            Code(PeopleTemplate.Education, Dictionaries.Education),
            Text(PeopleTemplate.Employer), Text(PeopleTemplate.Position),
            Code(PeopleTemplate.Level, Dictionaries.Level),
            categories.Where(c => !c.StartsWith('?')).ToArray(), Text(PeopleTemplate.Tags), Text(PeopleTemplate.Notes),
            node);
        return (request, errors);
    }

    /// <summary>
    /// Excel dates arrive as dates, as serial numbers (WPS, LibreOffice) or as text in several forms.
    /// </summary>
    private static DateOnly? Date(IDictionary<string, object?> row, List<(string, string)> errors)
    {
        if (!row.TryGetValue(PeopleTemplate.BirthDate, out var v) || v is null
            || string.IsNullOrWhiteSpace(v.ToString())) return null;
        switch (v)
        {
            case DateTime d: return DateOnly.FromDateTime(d);
            case double serial when serial is > 1 and < 100_000:
                return DateOnly.FromDateTime(DateTime.FromOADate(serial));
        }
        var s = v.ToString()!.Trim();
        string[] formats = ["yyyy-MM-dd", "yyyy/M/d", "yyyy-M-d", "yyyy.M.d", "yyyyMMdd", "yyyy年M月d日"];
        if (DateOnly.TryParseExact(s, formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            return date;
        if (double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var n) && n is > 1 and < 100_000)
            return DateOnly.FromDateTime(DateTime.FromOADate(n));
        errors.Add((PeopleTemplate.BirthDate, Loc.T($"“{s}”不是有效日期（如 1980-05-01）",
            $"\"{s}\" is not a valid date (e.g. 1980-05-01)")));
        return null;
    }
}
