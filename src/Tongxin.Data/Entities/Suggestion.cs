namespace Tongxin.Data.Entities;

public enum SuggestionHandling
{
    Pending = 0,
    Adopted = 1,
    Forwarded = 2,
    Answered = 3,
}

/// <summary>建言献策 (PPL-10): a suggestion from a person in the register and its handling.</summary>
public sealed class Suggestion : Entity, INodeScoped
{
    public Guid PersonId { get; set; }
    public required string Title { get; set; }
    public required string Text { get; set; }
    public DateOnly Date { get; set; }
    /// <summary>One of <see cref="Categories"/>.</summary>
    public required string Category { get; set; }
    public SuggestionHandling Handling { get; set; }
    public string? HandlingNote { get; set; }
    public DateOnly? HandledOn { get; set; }
    public Guid NodeId { get; set; }
    public required string NodePath { get; set; }

    public static readonly string[] Categories = ["经济发展", "社会治理", "民生保障",
        "生态环保", "文化教育", "民族宗教", "其他"];
}
