using Tongxin.Domain.Regions;

namespace Tongxin.Data.Entities;

/// <summary>区划节点. Its own path is its node path, so the region tree is scoped like everything else.</summary>
public sealed class Region : Entity, INodeScoped
{
    public required string Code { get; set; }
    public required string Name { get; set; }
    public RegionLevel Level { get; set; }
    public Guid? ParentId { get; set; }
    public Region? Parent { get; set; }
    public int SortOrder { get; set; }
    public bool IsDemo { get; set; }
    public Guid NodeId { get => Id; set => Id = value; }
    public required string NodePath { get; set; }
}
