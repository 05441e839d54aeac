using Tongxin.Domain.Assessment;

namespace Tongxin.Web.Features.Assessment;

/// <summary>One item's score as typed ("4.5"), with a note or evidence text.</summary>
public sealed record ItemScoreInput(Guid IndicatorId, string? Score, string? Note);

/// <summary>
/// Checks typed item scores against the scheme: known hand-scored items, 0…points, at most one decimal.
/// </summary>
public static class ItemScores
{
    public static async Task<Dictionary<Guid, (int? Score, string? Note)>> ParseAsync(
        TongxinDb db, TownAssessment a, IEnumerable<ItemScoreInput>? items, int noteMax, CancellationToken ct)
    {
        var indicators = await db.Indicators.AsNoTracking().Where(i => i.SchemeId == a.SchemeId).ToListAsync(ct);
        var leaves = indicators.Where(i => indicators.All(c => c.ParentId != i.Id)).ToDictionary(i => i.Id);
        var check = new Check();
        var result = new Dictionary<Guid, (int?, string?)>();
        foreach (var item in items ?? [])
        {
            if (!leaves.TryGetValue(item.IndicatorId, out var ind))
            {
                check.Add("Items", Loc.T("指标不属于本考核方案",
                    "The indicator does not belong to this scheme"));
                continue;
            }
            if (ind.AutoSource is not null) continue; // automatic items take their score from data
            var text = Check.Clean(item.Score);
            var score = Points.Parse(text);
            check.That(text is null || score is { } s && s >= 0 && s <= ind.Points, $"Items[{ind.Id}]",
                Loc.T($"“{ind.Title}”的得分应为 0–{Points.Format(ind.Points)} 分，最多一位小数",
                $"The score for \"{ind.Title}\" must be 0–{Points.Format(ind.Points)}, with at most one decimal"));
            check.That((item.Note?.Trim().Length ?? 0) <= noteMax, $"Items[{ind.Id}]",
                Loc.T($"“{ind.Title}”的说明最多 {noteMax} 字",
                $"The note for \"{ind.Title}\" can be at most {noteMax} characters"));
            result[ind.Id] = (score, Check.Clean(item.Note));
        }
        check.ThrowIfAny();
        return result;
    }

    /// <summary>
    /// The sheet is one document: saving any item checks and bumps the assessment's version (SEC-25).
    /// </summary>
    public static void Touch(TongxinDb db, TownAssessment a, long version)
    {
        db.Entry(a).Property(x => x.Version).OriginalValue = version;
        db.Entry(a).Property(x => x.Stage).IsModified = true;
    }

    /// <summary>
    /// The hand-scored items the predicate says are not yet scored (tracked rows, so unsaved edits count).
    /// </summary>
    public static async Task<List<string>> UnscoredAsync(
        TongxinDb db, TownAssessment a, Func<Score, bool> scored, CancellationToken ct)
    {
        var indicators = await db.Indicators.AsNoTracking().Where(i => i.SchemeId == a.SchemeId)
            .OrderBy(i => i.SortOrder).ToListAsync(ct);
        var scores = await db.Scores.Where(s => s.AssessmentId == a.Id).ToListAsync(ct);
        return indicators.Where(i => i.AutoSource is null && indicators.All(c => c.ParentId != i.Id))
            .Where(i => scores.FirstOrDefault(s => s.IndicatorId == i.Id) is not { } s || !scored(s))
            .Select(i => i.Title).ToList();
    }
}
