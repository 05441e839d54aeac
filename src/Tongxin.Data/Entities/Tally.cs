namespace Tongxin.Data.Entities;

/// <summary>
/// 统计快照: one figure (people, people in a category, towns, villages, bodies) for one town, or for one node above
/// town level counting only the rows at that node. The dashboard of a county, city or province sums these instead of
/// counting millions of rows (issue 6). Scoped like everything else, so a user sums only the tallies of their subtree.
/// </summary>
public sealed class Tally : Entity, INodeScoped
{
    public Guid NodeId { get; set; }
    public required string NodePath { get; set; }
    public required string Metric { get; set; }
    public long Value { get; set; }
}

/// <summary>
/// A node whose tallies are out of date. Written by <see cref="TongxinDb.SaveChangesAsync(bool, CancellationToken)"/>
/// in the same transaction as the change, cleared when the node is recounted. With no tallies at all (a new or migrated
/// database) everything is counted.
/// </summary>
public sealed class TallyMark
{
    public long Id { get; set; }
    public required string NodePath { get; set; }
}

/// <summary>
/// The one row that changes whenever any tally is rewritten (recount or bulk load), in the same transaction. An app
/// instance may keep sums it has read for as long as this value is unchanged: across instances, a recount on one is
/// seen by the others at their next read.
/// </summary>
public sealed class TallyGeneration
{
    public int Id { get; set; }
    public long Value { get; set; }
}
