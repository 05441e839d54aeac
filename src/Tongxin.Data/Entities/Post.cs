namespace Tongxin.Data.Entities;

/// <summary>编制: authorised posts of one kind in one unit (ORG-2).</summary>
public sealed class Post : Entity, INodeScoped
{
    public Guid BodyId { get; set; }
    public Body? Body { get; set; }
    public required string Kind { get; set; }
    public int Authorized { get; set; }
    public Guid NodeId { get; set; }
    public required string NodePath { get; set; }
    public List<PostAllocation> Allocations { get; set; } = [];
}

/// <summary>在岗: one person holding one of a unit's posts.</summary>
public sealed class PostAllocation : Entity, INodeScoped
{
    public Guid PostId { get; set; }
    public Post? Post { get; set; }
    public required string PersonName { get; set; }
    public string? Title { get; set; }
    public DateOnly Since { get; set; }
    public Guid NodeId { get; set; }
    public required string NodePath { get; set; }
}
