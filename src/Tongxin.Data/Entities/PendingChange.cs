namespace Tongxin.Data.Entities;

public enum PendingStatus
{
    Pending = 1,
    Approved = 2,
    Rejected = 3,
}

/// <summary>
/// 待审变更 (PPL-9): a change to a person (or a new person) proposed by a town or village user, waiting for a
/// district user. The proposed record is stored encrypted (it may carry an ID or phone number, SEC-23).
/// </summary>
public sealed class PendingChange : Entity, INodeScoped
{
    /// <summary>Null when the proposal creates a person.</summary>
    public Guid? PersonId { get; set; }
    public required string PersonName { get; set; }
    public required string PayloadCipher { get; set; }
    /// <summary>The person's version the proposal was made against.</summary>
    public long BaseVersion { get; set; }
    public bool ProposerSensitive { get; set; }
    public PendingStatus Status { get; set; } = PendingStatus.Pending;
    public required string ProposedBy { get; set; }
    public DateTime ProposedUtc { get; set; }
    public string? DecidedBy { get; set; }
    public DateTime? DecidedUtc { get; set; }
    public string? Reason { get; set; }
    /// <summary>
    /// The person as it stood when the change was decided, encrypted like the payload (JSON <c>null</c> for a new
    /// person), so a decided change still shows what it replaced. Null for changes not yet decided.
    /// </summary>
    public string? BeforeCipher { get; set; }
    public Guid NodeId { get; set; }
    public required string NodePath { get; set; }
}
