using System.Text.Json;
using Tongxin.Domain.Assessment;

namespace Tongxin.Web.Features.Assessment;

/// <summary>
/// 结果与排名 (ASM-4): the published ranking of a year's scheme with category scores, the district average, the
/// change on last year and the towns below the 问责 line with the items that lost points. Before publication only a
/// reviewer of the district (审核评分) sees a live preview, marked as such; everyone else sees what has been
/// published.
/// </summary>
public sealed class GetResults(TongxinDb db, AssessmentSheet sheet, AssessmentViewer viewer) : IHandler
{
    public sealed record Row(
        Guid TownId, Guid AssessmentId, string Town, int Total, int Rank, bool Flagged,
        IReadOnlyList<ResultCategory> Categories, IReadOnlyList<ResultItem> Lost, int? LastYear);
    public sealed record Result(
        AssessmentScheme? Scheme, bool Preview, IReadOnlyList<Row> Rows, IReadOnlyList<ResultCategory> Average,
        IReadOnlyList<int> Years);

    /// <param name="publishedOnly">The dashboard: the newest year with published results, never a preview.</param>
    public async Task<Result> HandleAsync(int? year, CancellationToken ct = default, bool publishedOnly = false)
    {
        var schemes = await db.AssessmentSchemes.AsNoTracking().Where(s => s.Status == SchemeStatus.Published)
            .ToListAsync(ct);
        int? top = schemes.Count == 0 ? null : schemes.Min(s => s.NodePath.Length);
        var mine = schemes.Where(s => s.NodePath.Length == top).OrderByDescending(s => s.Year).ToList();
        var years = mine.Select(s => s.Year).ToList();
        if (publishedOnly)
        {
            var withResults = await db.AssessmentResults.Select(r => r.SchemeId).Distinct().ToListAsync(ct);
            mine = mine.Where(s => withResults.Contains(s.Id)).ToList();
        }
        var scheme = year is { } y ? mine.FirstOrDefault(s => s.Year == y) : mine.FirstOrDefault();
        if (scheme is null) return new Result(null, false, [], [], years);
        var published = await db.AssessmentResults.AsNoTracking().Where(r => r.SchemeId == scheme.Id).ToListAsync(ct);
        var allPublished = !await db.TownAssessments.AnyAsync(
            a => a.SchemeId == scheme.Id && a.Stage != AssessmentStage.Published, ct);
        var preview = viewer.Review && !allPublished && !publishedOnly;
        List<Row> rows;
        if (preview)
        {
            var loaded = (await sheet.LoadAsync(scheme.Id, null, ct))!;
            var ranked = Ranking.Rank(loaded.Sheets.Select(s => (s.Node.Id, s.Total)), scheme.Threshold)
                .ToDictionary(r => r.TownId);
            rows = loaded.Sheets.Select(s => new Row(s.Node.Id, s.Assessment.Id, s.Node.Name, s.Total,
                ranked[s.Node.Id].Rank, ranked[s.Node.Id].Flagged,
                s.Categories.Select(c => new ResultCategory(c.Title, c.Points, c.Score)).ToList(),
                s.Items.Where(i => i.Result.Lost > 0).OrderByDescending(i => i.Result.Lost)
                    .Select(i => new ResultItem(i.Indicator.Title, i.Indicator.Points, i.Result.Final)).ToList(),
                null)).ToList();
        }
        else
            rows = published.Select(r => new Row(
                r.TownId, r.AssessmentId, r.TownName, r.Total, r.Rank, r.AccountabilityFlag,
                JsonSerializer.Deserialize<List<ResultCategory>>(r.Categories, ResultJson.Options) ?? [],
                JsonSerializer.Deserialize<List<ResultItem>>(r.LostItems, ResultJson.Options) ?? [], null)).ToList();
        var last = mine.FirstOrDefault(s => s.Year == scheme.Year - 1);
        if (last is not null)
        {
            var before = await db.AssessmentResults.AsNoTracking().Where(r => r.SchemeId == last.Id)
                .ToDictionaryAsync(r => r.TownId, r => r.Total, ct);
            rows = rows.Select(r => r with { LastYear = before.TryGetValue(r.TownId, out var t) ? t : null }).ToList();
        }
        rows = rows.OrderBy(r => r.Rank).ThenBy(r => r.Town).ToList();
        var average = rows.Count == 0 ? [] : rows[0].Categories.Select((c, k) =>
            new ResultCategory(c.Title, c.Points,
                Points.Mean(rows.Select(r => r.Categories.ElementAtOrDefault(k)?.Score ?? 0).ToList()))).ToList();
        return new Result(scheme, preview, rows, average, years);
    }
}
