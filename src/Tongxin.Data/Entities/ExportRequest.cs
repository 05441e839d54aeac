namespace Tongxin.Data.Entities;

public enum ExportRequestStatus
{
    Pending = 1,
    Approved = 2,
    Rejected = 3,
    Downloaded = 4,
}

/// <summary>
/// SEC-12: an export of more than the set number of people with sensitive fields waits for a second person's approval;
/// the file is built only when the requester downloads it after approval, once. Node = the requester's home node.
/// </summary>
public sealed class ExportRequest : Entity, INodeScoped
{
    public required string RequestedBy { get; set; }
    public DateTime RequestedUtc { get; set; }
    /// <summary>The list filter (ListPeople.Query as JSON) the approval covers.</summary>
    public required string QueryJson { get; set; }
    public required string FilterText { get; set; }
    public int Rows { get; set; }
    public required string Purpose { get; set; }
    public ExportRequestStatus Status { get; set; } = ExportRequestStatus.Pending;
    public string? DecidedBy { get; set; }
    public DateTime? DecidedUtc { get; set; }
    public DateTime? DownloadedUtc { get; set; }
    public Guid NodeId { get; set; }
    public required string NodePath { get; set; }
}
