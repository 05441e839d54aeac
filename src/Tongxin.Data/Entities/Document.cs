namespace Tongxin.Data.Entities;

/// <summary>规范性文件 with its canonical 发文字号 (ORG-6). Reference data: readable below its node.</summary>
public sealed class Document : Entity, IReferenceData
{
    public string? Number { get; set; }
    public required string Title { get; set; }
    public required string Issuer { get; set; }
    public Guid? BodyId { get; set; }
    public Body? Body { get; set; }
    public DateOnly IssuedOn { get; set; }
    public DocumentStatus Status { get; set; } = DocumentStatus.InForce;
    public string? Summary { get; set; }
    public Guid NodeId { get; set; }
    public required string NodePath { get; set; }
}

public enum DocumentStatus
{
    Draft = 0,
    InForce = 1,
    Repealed = 2,
}
