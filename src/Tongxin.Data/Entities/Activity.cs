namespace Tongxin.Data.Entities;

/// <summary>
/// 活动 (OBL-1): a meeting, report heard, study session, class, forum, contact, visit or instruction, recorded for a
/// body, a person or a node, with participants, topic, minutes and attachments. <see cref="Year"/> and
/// <see cref="Day"/>
/// are kept from <see cref="Date"/> so duties count in the database by index.
/// </summary>
public sealed class Activity : Entity, IRegionKeyed, IUnitScoped, IHasDerivedFields
{
    public DateOnly Date { get; set; }
    public int Year { get; set; }
    public int Day { get; set; }
    /// <summary>Activity-type dictionary code (会议, 听取汇报, 学习 …).</summary>
    public required string Type { get; set; }
    public Guid? BodyId { get; set; }
    public Guid? PersonId { get; set; }
    /// <summary>Recorded for a 成员单位 (its own study or meeting), not for the coordinating body itself.</summary>
    public Guid? MemberUnitId { get; set; }
    public required string Topic { get; set; }
    public string? Minutes { get; set; }
    /// <summary>Register people who took part, "|id|id|".</summary>
    public string Participants { get; set; } = "|";
    public int AttachmentCount { get; set; }
    /// <summary>Minutes written or a file attached: what a rule that needs evidence accepts.</summary>
    public bool HasEvidence { get; set; }
    public Guid NodeId { get; set; }
    public required string NodePath { get; set; }
    /// <summary>
    /// The user who recorded it (their id), for 我的记录 on a phone; empty for imported and demo rows.
    /// </summary>
    public string? RecordedBy { get; set; }

    public void Derive() => (Year, Day) = (Date.Year, Date.Day);
}

/// <summary>A file attached to an activity, stored under a random name outside wwwroot (SEC-21).</summary>
public sealed class ActivityAttachment : Entity, INodeScoped, IUnitScoped
{
    public Guid ActivityId { get; set; }
    public Guid? MemberUnitId { get; set; }
    public required string FileName { get; set; }
    public required string StoredName { get; set; }
    public required string ContentType { get; set; }
    public long Size { get; set; }
    public Guid NodeId { get; set; }
    public required string NodePath { get; set; }

    /// <summary>OBL-6: the original's SHA-256 (hex), recorded by this row's audit entry in the audit chain.</summary>
    public string? Sha256 { get; set; }

    /// <summary>OBL-6: a photo's copy with the server's time, place and recorder drawn on it; the original stays.
    /// </summary>
    public string? StampedName { get; set; }
}
