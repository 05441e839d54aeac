namespace Tongxin.Data.Entities;

/// <summary>
/// A phone form's one-time key (ARCHITECTURE.md, "Phone pages"): written in the same transaction as the form's
/// write, so a resubmit (WeChat's back button, a double tap) finds it and answers with the first result.
/// </summary>
public sealed class IdempotencyKey
{
    public Guid Key { get; set; }
    public Guid UserId { get; set; }
    public DateTime CreatedUtc { get; set; }
    public required string ResultUrl { get; set; }
}
