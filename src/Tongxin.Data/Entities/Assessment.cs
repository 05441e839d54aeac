namespace Tongxin.Data.Entities;

public enum SchemeStatus
{
    Draft = 1,
    Published = 2,
}

/// <summary>
/// 考核方案 (ASM-1): a year's indicator tree with points (tenths), set by a node for the nodes one level below it
/// (the district assesses its towns; a town may assess its villages). Readable below the node that set it.
/// </summary>
public sealed class AssessmentScheme : Entity, INodeScoped, IReferenceData
{
    public int Year { get; set; }
    public required string Title { get; set; }
    /// <summary>发文机关 printed on the result notices (e.g. 峰城区统战工作领导小组办公室).</summary>
    public string Issuer { get; set; } = "";
    public Guid? DocumentId { get; set; }
    public SchemeStatus Status { get; set; } = SchemeStatus.Draft;
    public DateTime? PublishedUtc { get; set; }
    /// <summary>问责 line in tenths: a total below it flags the town (ASM-4).</summary>
    public int Threshold { get; set; } = 600;
    public Guid NodeId { get; set; }
    public required string NodePath { get; set; }
}

/// <summary>
/// 指标: a category (no parent) or an item under it. Leaves are scored, by hand or from a data source (ASM-2).
/// </summary>
public sealed class Indicator : Entity, INodeScoped, IReferenceData
{
    public Guid SchemeId { get; set; }
    public Guid? ParentId { get; set; }
    public required string Title { get; set; }
    public string? Criteria { get; set; }
    public int Points { get; set; }
    public int SortOrder { get; set; }
    /// <summary>
    /// Code of the automatic source (e.g. "town-officer", "village-coverage", "duty:R10"); null = scored by hand.
    /// </summary>
    public string? AutoSource { get; set; }
    public Guid NodeId { get; set; }
    public required string NodePath { get; set; }
}

/// <summary>Where a town's assessment stands (ASM-3).</summary>
public enum AssessmentStage
{
    SelfAssessment = 1,
    DistrictReview = 2,
    JointReview = 3,
    Published = 4,
}

/// <summary>One assessed node's assessment under a scheme; lives at that node, so a town sees only its own.</summary>
public sealed class TownAssessment : Entity, IRegionKeyed
{
    public Guid SchemeId { get; set; }
    public int Year { get; set; }
    public AssessmentStage Stage { get; set; } = AssessmentStage.SelfAssessment;
    public DateTime? SubmittedUtc { get; set; }
    /// <summary>Frozen at publication (tenths).</summary>
    public int? FinalScore { get; set; }
    public Guid NodeId { get; set; }
    public required string NodePath { get; set; }
}

/// <summary>
/// 评分 of one item for one assessment: the town's self score with evidence, the district's score, the auto score
/// with its facts, and the frozen final.
/// </summary>
public sealed class Score : Entity, INodeScoped
{
    public Guid AssessmentId { get; set; }
    public Guid IndicatorId { get; set; }
    public int? SelfScore { get; set; }
    public string? Evidence { get; set; }
    public int? DistrictScore { get; set; }
    public string? DistrictNote { get; set; }
    public int? AutoScore { get; set; }
    public string? AutoFacts { get; set; }
    public int? Final { get; set; }
    public Guid NodeId { get; set; }
    public required string NodePath { get; set; }
}

/// <summary>A reviewer assigned to one assessment for 联评; they see only what is assigned to them.</summary>
public sealed class AssessmentReviewer : Entity, INodeScoped
{
    public Guid AssessmentId { get; set; }
    public required string ReviewerId { get; set; }
    public required string ReviewerName { get; set; }
    public Guid NodeId { get; set; }
    public required string NodePath { get; set; }
}

/// <summary>One reviewer's score for one item (联评); the final is the mean of those who scored.</summary>
public sealed class ReviewerScore : Entity, INodeScoped
{
    public Guid AssessmentId { get; set; }
    public Guid IndicatorId { get; set; }
    public required string ReviewerId { get; set; }
    public int Score { get; set; }
    public string? Note { get; set; }
    public Guid NodeId { get; set; }
    public required string NodePath { get; set; }
}

/// <summary>
/// The published result of one town (ASM-4), frozen at publication and published at the scheme's node so every town can
/// read the ranking: total, rank, category scores, the 问责 flag (<see cref="AccountabilityFlag"/>) and the items
/// that lost points. Reopening a town removes its row until it is published again.
/// </summary>
public sealed class AssessmentResult : Entity, INodeScoped, IReferenceData
{
    public Guid SchemeId { get; set; }
    public Guid AssessmentId { get; set; }
    public int Year { get; set; }
    public Guid TownId { get; set; }
    public required string TownName { get; set; }
    public int Total { get; set; }
    public int Rank { get; set; }
    public bool AccountabilityFlag { get; set; }
    /// <summary>JSON: [{ "title", "points", "score" }] per category.</summary>
    public required string Categories { get; set; }
    /// <summary>JSON: [{ "title", "points", "final" }] for items below full points, most lost first.</summary>
    public required string LostItems { get; set; }
    public Guid NodeId { get; set; }
    public required string NodePath { get; set; }
}
