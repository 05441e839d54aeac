namespace Tongxin.Data.Entities;

/// <summary>统战委员 / 统战干事 / 统战工作人员 of a town (ORG-3).</summary>
public enum TownOfficerRole
{
    CommitteeMember = 1,
    Officer = 2,
    Staff = 3,
}

/// <summary>
/// A person appointed to a town role (ORG-3); 统战干事 appointments pass the ORG-4 eligibility rule.
/// </summary>
public sealed class TownOfficer : Entity, IRegionKeyed
{
    public Guid PersonId { get; set; }
    public TownOfficerRole Role { get; set; }
    /// <summary>科级 (section-level) cadre.</summary>
    public bool SectionLevel { get; set; }
    public DateOnly AppointedOn { get; set; }
    /// <summary>特别优秀, with its written reason (ORG-4 exception up to 40).</summary>
    public bool Exceptional { get; set; }
    public string? ExceptionalReason { get; set; }
    public DateOnly? EndedOn { get; set; }
    /// <summary>The town.</summary>
    public Guid NodeId { get; set; }
    public required string NodePath { get; set; }
}

/// <summary>双员 of a village (ORG-5): the branch secretary as 联络员, the director as 协管员.</summary>
public enum VillageLiaisonRole
{
    Liaison = 1,
    Coordinator = 2,
}

public sealed class VillageLiaison : Entity, IRegionKeyed
{
    public Guid PersonId { get; set; }
    public VillageLiaisonRole Role { get; set; }
    public DateOnly AppointedOn { get; set; }
    public DateOnly? EndedOn { get; set; }
    /// <summary>The village.</summary>
    public Guid NodeId { get; set; }
    public required string NodePath { get; set; }
}
