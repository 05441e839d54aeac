namespace Tongxin.Data.Entities;

/// <summary>
/// 审计日志头: one row outside the audit table holding the last sequence number, its hash and a MAC over both
/// (SEC-14). Moved in the same transaction as every audit write, so deleting the newest rows, or all of them, leaves
/// a head that points past the end of the log. The next sequence number is taken from here, not from the last row.
/// </summary>
public sealed class AuditHead
{
    public const int SingleId = 1;

    public int Id { get; set; } = SingleId;
    public long Seq { get; set; }
    public string Hash { get; set; } = "";
    /// <summary>Empty only between the migration that creates the row and the first start that signs it.</summary>
    public string Mac { get; set; } = "";
}
