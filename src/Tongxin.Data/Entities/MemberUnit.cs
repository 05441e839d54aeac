namespace Tongxin.Data.Entities;

/// <summary>成员单位 of a coordinating body, with its stated duties.</summary>
public sealed class MemberUnit : Entity, INodeScoped
{
    public Guid BodyId { get; set; }
    public Body? Body { get; set; }
    public required string UnitName { get; set; }
    public string? Duties { get; set; }
    public Guid NodeId { get; set; }
    public required string NodePath { get; set; }
}
