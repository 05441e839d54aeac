namespace Tongxin.Data.Entities;

/// <summary>
/// A person's seat in a body (组长, 副组长, 成员). Linked to the people register once it exists.
/// </summary>
public sealed class BodyMember : Entity, INodeScoped
{
    public Guid BodyId { get; set; }
    public Body? Body { get; set; }
    public required string PersonName { get; set; }
    public string? Position { get; set; }
    public required string Duty { get; set; }
    public int SortOrder { get; set; }
    public Guid NodeId { get; set; }
    public required string NodePath { get; set; }
}
