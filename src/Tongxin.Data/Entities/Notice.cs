namespace Tongxin.Data.Entities;

/// <summary>
/// 通知: a message to one user (a duty reminder, later an escalation), read only by that user and acknowledged by
/// them. Not scope-filtered: it belongs to its recipient, and every query names the recipient.
/// </summary>
public sealed class Notice : Entity
{
    public required string RecipientId { get; set; }
    public required string Title { get; set; }
    public required string Body { get; set; }
    /// <summary>A local path the notice points to, e.g. <c>/duties/compliance?status=Behind</c>.</summary>
    public string? Link { get; set; }
    /// <summary>What wrote it: a job name (<c>duty-reminders</c>) or a module.</summary>
    public required string Source { get; set; }
    /// <summary>
    /// With <see cref="Source"/> and the recipient, unique: a job that re-runs on the same day writes no second
    /// notice (e.g. the day, <c>2026-05-11</c>). Null for notices that may repeat.
    /// </summary>
    public string? DedupKey { get; set; }
    public DateTime CreatedUtc { get; set; }
    public DateTime? AcknowledgedUtc { get; set; }
}
