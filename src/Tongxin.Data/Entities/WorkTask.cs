using Tongxin.Domain.Plans;

namespace Tongxin.Data.Entities;

/// <summary>
/// 任务 (PLN-1, PLN-3, PLN-4): a task of a goal, a project or a work line, owned by a unit at a node (the town that
/// must do it, or the county), with a lead person, a metric and its target over a period, milestones and progress
/// updates. Its node is the owner's: a town user sees and updates only their town's tasks.
/// <see cref="Warning"/> is the ladder's level as last computed (on each update and by the daily job).
/// </summary>
public sealed class WorkTask : Entity, IRegionKeyed, IHasDerivedFields
{
    public Guid? PlanId { get; set; }
    public Guid? GoalId { get; set; }
    public Guid? ProjectId { get; set; }
    public Guid? WorkLineId { get; set; }
    public required string Title { get; set; }
    /// <summary>责任单位 (职责定位).</summary>
    public required string OwnerUnit { get; set; }
    /// <summary>牵头人 (the lead person).</summary>
    public required string Lead { get; set; }
    /// <summary>The duty this task stands for in the 职责定位 list.</summary>
    public string? Duty { get; set; }
    /// <summary>指标 (what is counted), its unit and target.</summary>
    public required string Metric { get; set; }
    public string MetricUnit { get; set; } = "项";
    public int Target { get; set; }
    /// <summary>The last value reported with evidence (PLN-7): what the pace is judged on.</summary>
    public int Done { get; set; }
    /// <summary>考核评价: how it is judged.</summary>
    public string? Evaluation { get; set; }
    public DateOnly StartsOn { get; set; }
    public DateOnly EndsOn { get; set; }
    /// <summary>Kept from <see cref="EndsOn"/> for the per-year lists.</summary>
    public int Year { get; set; }
    public DateOnly? LastUpdateOn { get; set; }
    /// <summary>The last update that carried evidence: the stall rule counts from it (PLN-7).</summary>
    public DateOnly? LastEvidenceOn { get; set; }
    public WarningLevel Warning { get; set; }
    public DateOnly? WarningSince { get; set; }
    /// <summary>Why, in words (the ladder's reason).</summary>
    public string? WarningReason { get; set; }
    public int SortOrder { get; set; }
    public Guid NodeId { get; set; }
    public required string NodePath { get; set; }

    public void Derive() => Year = EndsOn.Year;
}

/// <summary>节点 (PLN-1): a dated step of a task; moving it keeps the first date (<see cref="FirstDueOn"/>).</summary>
public sealed class Milestone : Entity, IRegionKeyed
{
    public Guid TaskId { get; set; }
    public required string Title { get; set; }
    public DateOnly DueOn { get; set; }
    public DateOnly FirstDueOn { get; set; }
    public DateOnly? DoneOn { get; set; }
    public int SortOrder { get; set; }
    public Guid NodeId { get; set; }
    public required string NodePath { get; set; }
}

/// <summary>
/// 进展 (PLN-7): a progress update of a task — the value reached, what was done, and its evidence (files in
/// <see cref="EvidenceFile"/>). One without evidence is kept and shown but cannot lift the warning.
/// </summary>
public sealed class ProgressUpdate : Entity, IRegionKeyed
{
    public Guid TaskId { get; set; }
    public DateOnly Date { get; set; }
    public int Done { get; set; }
    public required string Text { get; set; }
    public int FileCount { get; set; }
    public bool HasEvidence { get; set; }
    public string? RecordedBy { get; set; }
    public string? RecordedByName { get; set; }
    public Guid NodeId { get; set; }
    public required string NodePath { get; set; }
}

/// <summary>
/// 督办 history (PLN-6): each level a task or rectification item reached, when, why, and the owner's
/// acknowledgement. The ladder and its dates are kept, never overwritten.
/// </summary>
public sealed class WarningEvent : Entity, IRegionKeyed
{
    /// <summary><c>WorkTask</c> or <c>RectificationItem</c>.</summary>
    public required string SubjectType { get; set; }
    public Guid SubjectId { get; set; }
    public WarningLevel Level { get; set; }
    public DateOnly RaisedOn { get; set; }
    public required string Reason { get; set; }
    public DateTime? AcknowledgedUtc { get; set; }
    public string? AcknowledgedBy { get; set; }
    public Guid NodeId { get; set; }
    public required string NodePath { get; set; }
}

/// <summary>
/// A file of evidence for a progress update or a rectification item (OBL-6 rules: checked content, random stored
/// name outside wwwroot, SHA-256 on the row, a stamped copy of a photo).
/// </summary>
public sealed class EvidenceFile : Entity, INodeScoped
{
    /// <summary><c>ProgressUpdate</c> or <c>RectificationItem</c>.</summary>
    public required string OwnerType { get; set; }
    public Guid OwnerId { get; set; }
    public required string FileName { get; set; }
    public required string StoredName { get; set; }
    public required string ContentType { get; set; }
    public long Size { get; set; }
    public string? Sha256 { get; set; }
    public string? StampedName { get; set; }
    public Guid NodeId { get; set; }
    public required string NodePath { get; set; }
}
