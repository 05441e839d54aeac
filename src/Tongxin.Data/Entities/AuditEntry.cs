namespace Tongxin.Data.Entities;

/// <summary>审计日志: append-only, HMAC-chained (SEC-13, SEC-14). Seq is assigned under a lock.</summary>
public sealed class AuditEntry
{
    public long Seq { get; set; }
    public DateTime TimeUtc { get; set; }
    public string? UserId { get; set; }
    public string? UserName { get; set; }
    public string? Ip { get; set; }
    public required string Event { get; set; }
    public string? ObjectType { get; set; }
    public string? ObjectId { get; set; }
    public string? NodePath { get; set; }
    public bool Success { get; set; }
    public string? Details { get; set; }
    public string PrevHash { get; set; } = "";
    public string Hash { get; set; } = "";
}
