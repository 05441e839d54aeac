namespace Tongxin.Data.Entities;

/// <summary>
/// 党外干部 (PPL-3): a person in the register with a cadre rank and post; node copied from the person.
/// </summary>
public sealed class NonPartyCadre : Entity, INodeScoped
{
    public Guid PersonId { get; set; }
    /// <summary>One of <see cref="Ranks"/>.</summary>
    public required string Rank { get; set; }
    public string? Post { get; set; }
    public Guid NodeId { get; set; }
    public required string NodePath { get; set; }

    public static readonly string[] Ranks = ["正县级", "副县级", "正科级", "副科级", "科员"];
}

/// <summary>
/// A placement of a 党外干部 (赴镇街锻炼, 挂职) with the receiving unit and dates (PPL-3).
/// </summary>
public sealed class Placement : Entity, INodeScoped
{
    public Guid CadreId { get; set; }
    /// <summary>One of <see cref="Kinds"/>.</summary>
    public required string Kind { get; set; }
    public required string Unit { get; set; }
    /// <summary>The town the cadre is sent to, when the unit is a town.</summary>
    public Guid? TownId { get; set; }
    public DateOnly StartOn { get; set; }
    public DateOnly? EndOn { get; set; }
    public Guid NodeId { get; set; }
    public required string NodePath { get; set; }

    public static readonly string[] Kinds = ["赴镇街锻炼", "挂职"];
}
