namespace Tongxin.Data.Entities;

/// <summary>机构 / 议事协调机构 (ORG-1).</summary>
public sealed class Body : Entity, IRegionKeyed
{
    public required string Name { get; set; }
    public BodyType Type { get; set; }
    public Guid? ParentBodyId { get; set; }
    public Body? ParentBody { get; set; }
    public string? Description { get; set; }
    public int SortOrder { get; set; }
    public Guid NodeId { get; set; }
    public required string NodePath { get; set; }
    public List<BodyMember> Members { get; set; } = [];
    public List<MemberUnit> MemberUnits { get; set; } = [];
}

public enum BodyType
{
    PartyCommittee = 1,
    StandingCommittee = 2,
    StudyGroup = 3,
    PartySchool = 4,
    LeadingGroup = 5,
    WorkingOffice = 6,
    JointMechanism = 7,
    Department = 8,
    InternalOffice = 9,
    ServiceCenter = 10,
    TownOffice = 11,
}
