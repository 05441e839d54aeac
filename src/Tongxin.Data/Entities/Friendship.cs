namespace Tongxin.Data.Entities;

/// <summary>
/// 联谊交友 (PPL-4): a Party-member leader and the non-Party person they befriend; node of the leader.
/// </summary>
public sealed class Friendship : Entity, INodeScoped
{
    public Guid LeaderId { get; set; }
    public Guid FriendId { get; set; }
    public DateOnly Since { get; set; }
    public Guid NodeId { get; set; }
    public required string NodePath { get; set; }
}

/// <summary>
/// A contact between the two people of a <see cref="Friendship"/> (date, form, topic); feeds duty R2.
/// </summary>
public sealed class FriendshipContact : Entity, INodeScoped
{
    public Guid FriendshipId { get; set; }
    public DateOnly Date { get; set; }
    /// <summary>One of <see cref="Forms"/>.</summary>
    public required string Form { get; set; }
    public required string Topic { get; set; }
    public Guid NodeId { get; set; }
    public required string NodePath { get; set; }

    public static readonly string[] Forms = ["走访", "谈心谈话", "座谈", "电话", "微信", "其他"];
}
