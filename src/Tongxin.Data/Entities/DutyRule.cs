namespace Tongxin.Data.Entities;

/// <summary>
/// Who a duty applies to (OBL): one body, every body of a type, every node of a level, every 联谊交友 leader, every
/// member unit.
/// </summary>
public enum DutySubjectKind
{
    Body = 1,
    BodyType = 2,
    NodeLevel = 3,
    FriendshipLeader = 4,
    /// <summary>Every 成员单位 of the chosen body (or of every body in the rule's subtree).</summary>
    MemberUnit = 5,
}

/// <summary>
/// 制度任务 (OBL, R1–R12): subjects, counting activity types, minimum per year, optional day-of-month condition,
/// whether evidence is needed, and the document clause it comes from. Readable below the node that set it.
/// </summary>
public sealed class DutyRule : Entity, INodeScoped, IReferenceData
{
    public required string Code { get; set; }
    public required string Title { get; set; }
    public DutySubjectKind SubjectKind { get; set; }
    public Guid? SubjectBodyId { get; set; }
    public BodyType? SubjectBodyType { get; set; }
    public int? SubjectLevel { get; set; }
    /// <summary>Activity-type codes, "|T02|T03|".</summary>
    public required string ActivityTypes { get; set; }
    public int Minimum { get; set; }
    public int? DayOfMonth { get; set; }
    public bool EvidenceRequired { get; set; }
    public Guid? DocumentId { get; set; }
    public string? Clause { get; set; }
    public bool Active { get; set; } = true;
    public Guid NodeId { get; set; }
    public required string NodePath { get; set; }
}
