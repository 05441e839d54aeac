namespace Tongxin.Web.Features.Assessment;

/// <summary>考核方案 in scope (the district's, readable by towns; a town's own), newest year first.</summary>
public sealed class ListSchemes(TongxinDb db) : IHandler
{
    public sealed record Row(
        Guid Id, int Year, string Title, SchemeStatus Status, int Points, int Items, int Assessed, string NodePath,
        string? DocumentNumber);

    public async Task<IReadOnlyList<Row>> HandleAsync(CancellationToken ct = default)
    {
        var schemes = await db.AssessmentSchemes.AsNoTracking().OrderByDescending(s => s.Year).ThenBy(s => s.NodePath)
            .ToListAsync(ct);
        var ids = schemes.Select(s => s.Id).ToList();
        var indicators = await db.Indicators.AsNoTracking().Where(i => ids.Contains(i.SchemeId))
            .Select(i => new { i.SchemeId, i.ParentId, i.Points, i.Id }).ToListAsync(ct);
        var assessed = await db.TownAssessments.Where(a => ids.Contains(a.SchemeId)).GroupBy(a => a.SchemeId)
            .Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
        var docIds = schemes.Where(s => s.DocumentId != null).Select(s => s.DocumentId!.Value).ToList();
        var docs = await db.Documents.Where(d => docIds.Contains(d.Id)).ToDictionaryAsync(d => d.Id, d => d.Number, ct);
        return schemes.Select(s =>
        {
            var mine = indicators.Where(i => i.SchemeId == s.Id).ToList();
            return new Row(s.Id, s.Year, s.Title, s.Status, mine.Where(i => i.ParentId == null).Sum(i => i.Points),
                mine.Count(i => mine.All(c => c.ParentId != i.Id)),
                assessed.FirstOrDefault(a => a.Key == s.Id)?.Count ?? 0, s.NodePath,
                s.DocumentId is { } d ? docs.GetValueOrDefault(d) : null);
        }).ToList();
    }
}
