namespace Tongxin.Web.Features.Assessment;

/// <summary>
/// What an automatic item is judged on: the assessed node, the scheme year, the item's points (tenths), the code.
/// </summary>
public sealed record AutoContext(TongxinDb Db, Region Node, int Year, int Points, string Code, DateOnly Today)
{
    /// <summary>The day the facts are taken on: the year's last day, or today while the year runs.</summary>
    public DateOnly AsOf => Today.Year > Year ? new DateOnly(Year, 12, 31) : Today;
}

/// <summary>An auto score with the facts it used (ASM-2), shown next to the score.</summary>
public sealed record AutoFact(int Score, string Facts);

/// <summary>
/// A data source for automatic items. Register another implementation to add a source (brands, venues…); the scoring
/// engine and the scheme editor only see this interface.
/// </summary>
public interface IAutoSource
{
    /// <summary>The codes this source offers in the scheme editor, with their Chinese names.</summary>
    Task<IReadOnlyList<(string Code, string Name)>> OptionsAsync(TongxinDb db, CancellationToken ct);

    bool Handles(string code);

    Task<AutoFact> EvaluateAsync(AutoContext context, CancellationToken ct);
}

/// <summary>All registered sources: the editor's list, validation of a code, and evaluation.</summary>
public sealed class AutoSources(IEnumerable<IAutoSource> sources)
{
    public async Task<IReadOnlyList<(string Code, string Name)>> OptionsAsync(TongxinDb db, CancellationToken ct)
    {
        var all = new List<(string, string)>();
        foreach (var s in sources) all.AddRange(await s.OptionsAsync(db, ct));
        return all;
    }

    public bool Knows(string code) => sources.Any(s => s.Handles(code));

    public Task<AutoFact> EvaluateAsync(AutoContext context, CancellationToken ct) =>
        sources.FirstOrDefault(s => s.Handles(context.Code)) is { } source
            ? source.EvaluateAsync(context, ct)
            : Task.FromResult(new AutoFact(0, $"数据来源“{context.Code}”已不可用，按 0 分计"));
}
