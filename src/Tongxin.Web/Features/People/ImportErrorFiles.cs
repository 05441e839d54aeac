using Microsoft.Extensions.Caching.Memory;
using Tongxin.Web.Features.Export;

namespace Tongxin.Web.Features.People;

/// <summary>
/// The list of bad rows of a refused import as a downloadable .xlsx (PPL-5), kept 30 minutes in memory for the user
/// who imported; it holds row numbers, columns and reasons only — never the rows' personal data.
/// </summary>
public sealed class ImportErrorFiles(IMemoryCache cache, TimeProvider clock)
{
    public string Store(string user, IReadOnlyList<ImportPeople.RowError> errors)
    {
        var token = Guid.NewGuid().ToString("N");
        var content = ExcelSheet.Build("人员导入错误清单",
            $"共 {errors.Count} 处错误，未写入任何数据", user, clock.GetUtcNow().UtcDateTime,
            ["行号", "列", "原因"],
            errors.Select(e => (IReadOnlyList<object?>)[e.Row == 0 ? "—" : e.Row, e.Column, e.Reason]));
        cache.Set(Key(user, token), content, TimeSpan.FromMinutes(30));
        return token;
    }

    public byte[]? Get(string user, string token) =>
        cache.TryGetValue(Key(user, token), out byte[]? content) ? content : null;

    private static string Key(string user, string token) => $"import-errors:{user}:{token}";
}
