namespace Tongxin.Domain.Assessment;

/// <summary>Where an item's final score came from.</summary>
public enum ScoreBasis
{
    /// <summary>Computed from data (ASM-2).</summary>
    Auto = 1,
    /// <summary>The mean of the joint reviewers who scored it (联评).</summary>
    ReviewerMean = 2,
    /// <summary>The district's 审核评分 (no reviewer has scored it yet).</summary>
    District = 3,
    /// <summary>The town's own 自评, accepted because it has evidence.</summary>
    Self = 4,
    /// <summary>Nothing with evidence: 0.</summary>
    NoEvidence = 5,
}

/// <summary>One scored item: its points, the auto score (if automatic) and every hand score, all in tenths.</summary>
public sealed record ItemInput(Guid IndicatorId, int Points, bool Auto, int? AutoScore, int? SelfScore,
    bool HasEvidence, int? DistrictScore,
    IReadOnlyList<int?> ReviewerScores);

public sealed record ItemResult(Guid IndicatorId, int Points, int Final, ScoreBasis Basis,
    int ReviewersScored, int ReviewersMissing)
{
    public int Lost => Points - Final;
}

/// <summary>
/// The 百分考核 engine (ASM-2, ASM-3), pure: an automatic item takes its auto score; a hand-scored item takes the
/// mean of the reviewers who scored it (a reviewer who did not score is left out of the mean and counted as missing),
/// else the district's score, else the town's self score if it has evidence, else 0. Every score is clamped to
/// 0…points.
/// </summary>
public static class Scoring
{
    public static ItemResult Item(ItemInput i)
    {
        if (i.Auto)
            return new ItemResult(i.IndicatorId, i.Points, Clamp(i.AutoScore ?? 0, i.Points), ScoreBasis.Auto, 0, 0);
        var scored = i.ReviewerScores.Where(s => s is not null).Select(s => Clamp(s!.Value, i.Points)).ToList();
        var missing = i.ReviewerScores.Count - scored.Count;
        if (scored.Count > 0) return new ItemResult(i.IndicatorId, i.Points, Clamp(Points.Mean(scored), i.Points),
            ScoreBasis.ReviewerMean, scored.Count, missing);
        if (i.DistrictScore is { } d)
            return new ItemResult(i.IndicatorId, i.Points, Clamp(d, i.Points), ScoreBasis.District, 0, missing);
        if (i.SelfScore is { } s && i.HasEvidence)
            return new ItemResult(i.IndicatorId, i.Points, Clamp(s, i.Points), ScoreBasis.Self, 0, missing);
        return new ItemResult(i.IndicatorId, i.Points, 0, ScoreBasis.NoEvidence, 0, missing);
    }

    public static IReadOnlyList<ItemResult> Items(IEnumerable<ItemInput> items) => items.Select(Item).ToList();

    public static int Total(IEnumerable<ItemResult> items) => items.Sum(i => i.Final);

    /// <summary>
    /// The 自评 total: what the town claims, counting only items it backed with evidence (auto items as computed).
    /// </summary>
    public static int SelfTotal(IEnumerable<ItemInput> items) =>
        items.Sum(i => i.Auto ? Clamp(i.AutoScore ?? 0, i.Points)
            : i.HasEvidence ? Clamp(i.SelfScore ?? 0, i.Points) : 0);

    /// <summary>
    /// One reviewer's total over the hand-scored items they scored (auto items included as computed).
    /// </summary>
    public static int ReviewerTotal(IEnumerable<ItemInput> items, int reviewer) =>
        items.Sum(i => i.Auto ? Clamp(i.AutoScore ?? 0, i.Points)
            : i.ReviewerScores.ElementAtOrDefault(reviewer) is { } s ? Clamp(s, i.Points) : 0);

    /// <summary>The automatic items' part of every total: computed, never scored by a person.</summary>
    public static int AutoTotal(IEnumerable<ItemInput> items) =>
        items.Where(i => i.Auto).Sum(i => Clamp(i.AutoScore ?? 0, i.Points));

    /// <summary>What one reviewer scored themselves: the hand-scored items only, without the automatic part.</summary>
    public static int ReviewerOwnTotal(IEnumerable<ItemInput> items, int reviewer) =>
        items.Where(i => !i.Auto).Sum(i => i.ReviewerScores.ElementAtOrDefault(reviewer) is { } s
            ? Clamp(s, i.Points) : 0);

    public static int Clamp(int score, int points) => Math.Clamp(score, 0, points);

    /// <summary>
    /// Auto score for a share (e.g. 18 of 22 villages covered): points × done / of, rounded to the tenth.
    /// </summary>
    public static int Share(int points, int done, int of) =>
        of <= 0 ? 0 : (int)((2L * points * Math.Clamp(done, 0, of) + of) / (2L * of));
}

/// <summary>
/// A town's place in the ranking (ASM-4): competition ranking (1, 2, 2, 4), flagged below the threshold.
/// </summary>
public sealed record RankedTown(Guid TownId, int Total, int Rank, bool Flagged);

public static class Ranking
{
    public static IReadOnlyList<RankedTown> Rank(IEnumerable<(Guid TownId, int Total)> towns, int threshold)
    {
        var ordered = towns.OrderByDescending(t => t.Total).ToList();
        return ordered.Select(t => new RankedTown(t.TownId, t.Total, 1 + ordered.Count(o => o.Total > t.Total),
            t.Total < threshold)).ToList();
    }
}
