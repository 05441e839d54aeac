using Tongxin.Domain.Plans;

namespace Tongxin.Data.Entities;

/// <summary>
/// 联系安排 (LIA-1): for one year, the section-level cadre who liaises with one town. Each town has exactly one, and no
/// cadre liaises two towns in a year (unique indexes). The node is the town's. <see cref="CadreUserId"/> links the
/// cadre's account, so they see the towns assigned to them.
/// </summary>
public sealed class LiaisonAssignment : Entity, IRegionKeyed
{
    public int Year { get; set; }
    public required string CadreName { get; set; }
    public string? CadrePost { get; set; }
    public string? CadreUserId { get; set; }
    public Guid NodeId { get; set; }
    public required string NodePath { get; set; }
}

/// <summary>
/// 调研督查 (LIA-2, LIA-4): a 现场调研, 会议观摩, 节点调度 or 调研督查 at a town — date, the node visited, who went,
/// what they found. A cross-check (异地交叉检查) is made by cadres who do not liaise with that town.
/// </summary>
public sealed class Visit : Entity, IRegionKeyed, IHasDerivedFields
{
    public DateOnly Date { get; set; }
    public int Year { get; set; }
    /// <summary>One of <see cref="Kinds"/>.</summary>
    public required string Kind { get; set; }
    /// <summary>Who went, names separated by "、".</summary>
    public required string Visitors { get; set; }
    public required string Findings { get; set; }
    public bool CrossCheck { get; set; }
    public string? RecordedBy { get; set; }
    public Guid NodeId { get; set; }
    public required string NodePath { get; set; }

    public static readonly string[] Kinds = ["现场调研", "会议观摩", "节点调度", "调研督查"];

    public void Derive() => Year = Date.Year;
}

/// <summary>建账 → 对账 → 销账 (LIA-4).</summary>
public enum RectificationStage
{
    Opened = 1,
    Checked = 2,
    Closed = 3,
}

/// <summary>
/// 整改事项 (LIA-2, LIA-4): a finding of a visit to put right, with an owner and a due date, on the ledger 建账 → 对账 →
/// 销账. It closes only with evidence and a reviewer's sign-off; an overdue one is on the warning ladder (PLN-6).
/// </summary>
public sealed class RectificationItem : Entity, IRegionKeyed
{
    public Guid VisitId { get; set; }
    public required string Title { get; set; }
    public required string Owner { get; set; }
    public DateOnly DueOn { get; set; }
    public RectificationStage Stage { get; set; } = RectificationStage.Opened;
    /// <summary>对账: what the owner reports was done.</summary>
    public string? Progress { get; set; }
    public DateOnly? CheckedOn { get; set; }
    /// <summary>The user who did the 对账: they may not also sign it off.</summary>
    public string? CheckedBy { get; set; }
    public int FileCount { get; set; }
    /// <summary>销账: the reviewer who signed it off, and when.</summary>
    public string? ReviewerName { get; set; }
    public string? ReviewedBy { get; set; }
    public DateOnly? ClosedOn { get; set; }
    public WarningLevel Warning { get; set; }
    public DateOnly? WarningSince { get; set; }
    public string? WarningReason { get; set; }
    public Guid NodeId { get; set; }
    public required string NodePath { get; set; }
}

/// <summary>
/// 同心联盟 partner (LIA-3): a democratic-party grassroots organisation, 工商联, 知联会 or 新阶联, registered at the
/// node that runs the alliance.
/// </summary>
public sealed class AlliancePartner : Entity, IRegionKeyed, IReferenceData
{
    public required string Name { get; set; }
    /// <summary>One of <see cref="Kinds"/>.</summary>
    public required string Kind { get; set; }
    public string? Contact { get; set; }
    public Guid NodeId { get; set; }
    public required string NodePath { get; set; }

    public static readonly string[] Kinds = ["民主党派基层组织", "工商联", "知联会", "新阶联"];
}

/// <summary>
/// 联镇结村 (LIA-3): a partner paired with a town or village, at that node, from a date; its joint activities
/// (三联三访) are <see cref="Activity"/> rows of type 三联三访 linked by <see cref="AllianceActivity"/>.
/// </summary>
public sealed class Alliance : Entity, IRegionKeyed
{
    public Guid PartnerId { get; set; }
    public DateOnly Since { get; set; }
    public string? Aim { get; set; }
    public Guid NodeId { get; set; }
    public required string NodePath { get; set; }
}

/// <summary>A joint activity of an alliance: an ordinary activity (so duty rules count it) tied to the pair.</summary>
public sealed class AllianceActivity : Entity, IRegionKeyed
{
    public Guid AllianceId { get; set; }
    public Guid ActivityId { get; set; }
    public Guid NodeId { get; set; }
    public required string NodePath { get; set; }
}
