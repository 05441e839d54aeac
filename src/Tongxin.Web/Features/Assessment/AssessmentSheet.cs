using Tongxin.Domain.Assessment;

namespace Tongxin.Web.Features.Assessment;

/// <summary>
/// Loads a scheme's assessments with every score and runs the domain engine: the one place where items, auto facts
/// (live until publication, frozen after), self, district and reviewer scores meet. Used by the score sheet, the
/// list, the ranking preview, publication and the exports.
/// </summary>
public sealed class AssessmentSheet(TongxinDb db, AutoSources sources, TimeProvider clock)
{
    public sealed record Reviewer(string Id, string Name);
    public sealed record Item(
        Indicator Indicator, Guid CategoryId, string Category, Score Score, IReadOnlyList<int?> ReviewerScores,
        ItemResult Result);
    public sealed record CategoryScore(string Title, int Points, int Score);
    public sealed record Sheet(
        TownAssessment Assessment, Region Node, IReadOnlyList<Reviewer> Reviewers, IReadOnlyList<Item> Items,
        int SelfTotal, IReadOnlyList<int> ReviewerTotals, int Total, IReadOnlyList<CategoryScore> Categories,
        int AutoTotal, IReadOnlyList<int> ReviewerOwnTotals);
    public sealed record Loaded(AssessmentScheme Scheme, IReadOnlyList<SchemeNode> Nodes, IReadOnlyList<Sheet> Sheets);

    public async Task<Loaded?> LoadAsync(Guid schemeId, IReadOnlyCollection<Guid>? assessmentIds, CancellationToken ct)
    {
        var scheme = await db.AssessmentSchemes.AsNoTracking().SingleOrDefaultAsync(s => s.Id == schemeId, ct);
        if (scheme is null) return null;
        var indicators = await db.Indicators.AsNoTracking().Where(i => i.SchemeId == schemeId)
            .OrderBy(i => i.SortOrder).ToListAsync(ct);
        var nodes = indicators.Select(i => new SchemeNode(i.Id, i.ParentId, i.Title, i.Points)).ToList();
        var leaves = SchemeRules.Leaves(nodes).Select(n => n.Id).ToHashSet();
        var query = db.TownAssessments.AsNoTracking().Where(a => a.SchemeId == schemeId);
        if (assessmentIds is not null) query = query.Where(a => assessmentIds.Contains(a.Id));
        var assessments = await query.OrderBy(a => a.NodePath).ToListAsync(ct);
        var ids = assessments.Select(a => a.Id).ToList();
        var nodeIds = assessments.Select(a => a.NodeId).ToList();
        var regions = await db.Regions.AsNoTracking().Where(r => nodeIds.Contains(r.Id))
            .ToDictionaryAsync(r => r.Id, ct);
        var scores = await db.Scores.AsNoTracking().Where(s => ids.Contains(s.AssessmentId)).ToListAsync(ct);
        var reviewers = await db.AssessmentReviewers.AsNoTracking().Where(r => ids.Contains(r.AssessmentId))
            .OrderBy(r => r.ReviewerName).ToListAsync(ct);
        var reviewerScores = await db.ReviewerScores.AsNoTracking().Where(r => ids.Contains(r.AssessmentId))
            .ToListAsync(ct);
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var sheets = new List<Sheet>();
        foreach (var a in assessments)
        {
            var node = regions[a.NodeId];
            var mine = reviewers.Where(r => r.AssessmentId == a.Id)
                .Select(r => new Reviewer(r.ReviewerId, r.ReviewerName)).ToList();
            var items = new List<Item>();
            var inputs = new List<ItemInput>();
            foreach (var ind in indicators.Where(i => leaves.Contains(i.Id)))
            {
                var score = scores.FirstOrDefault(s => s.AssessmentId == a.Id && s.IndicatorId == ind.Id)
                            ?? new Score
                            {
                                AssessmentId = a.Id, IndicatorId = ind.Id, NodeId = a.NodeId, NodePath = a.NodePath,
                            };
                if (ind.AutoSource is { } code && a.Stage != AssessmentStage.Published)
                {
                    var fact = await sources.EvaluateAsync(
                        new AutoContext(db, node, scheme.Year, ind.Points, code, today), ct);
                    (score.AutoScore, score.AutoFacts) = (fact.Score, fact.Facts);
                }
                var byReviewer = mine.Select(r => reviewerScores.FirstOrDefault(x =>
                        x.AssessmentId == a.Id && x.IndicatorId == ind.Id && x.ReviewerId == r.Id)?.Score)
                    .ToList();
                var input = new ItemInput(ind.Id, ind.Points, ind.AutoSource is not null, score.AutoScore,
                    score.SelfScore, !string.IsNullOrWhiteSpace(score.Evidence), score.DistrictScore, byReviewer);
                var result = Scoring.Item(input);
                if (a.Stage == AssessmentStage.Published && score.Final is { } frozen)
                    result = result with { Final = frozen };
                inputs.Add(input);
                var category = SchemeRules.Category(nodes, nodes.First(n => n.Id == ind.Id));
                items.Add(new Item(ind, category.Id, category.Title, score, byReviewer, result));
            }
            var total = a.Stage == AssessmentStage.Published && a.FinalScore is { } f
                ? f
                : Scoring.Total(items.Select(i => i.Result));
            var categories = nodes.Where(n => n.ParentId is null)
                .Select(c => new CategoryScore(c.Title, c.Points,
                    items.Where(i => i.CategoryId == c.Id).Sum(i => i.Result.Final)))
                .ToList();
            sheets.Add(new Sheet(a, node, mine, items, Scoring.SelfTotal(inputs),
                mine.Select((_, k) => Scoring.ReviewerTotal(inputs, k)).ToList(), total, categories,
                Scoring.AutoTotal(inputs), mine.Select((_, k) => Scoring.ReviewerOwnTotal(inputs, k)).ToList()));
        }
        return new Loaded(scheme, nodes, sheets);
    }
}
