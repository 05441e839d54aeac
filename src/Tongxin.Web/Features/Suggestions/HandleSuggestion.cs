namespace Tongxin.Web.Features.Suggestions;

/// <summary>Record how a suggestion was handled (采纳, 转交, 答复) with a note (PPL-10).</summary>
public sealed class HandleSuggestion(TongxinDb db, TimeProvider clock) : IHandler
{
    public sealed record Request(SuggestionHandling Handling, string? Note, long Version);

    public async Task HandleAsync(Guid id, Request r, CancellationToken ct = default)
    {
        var s = await db.Suggestions.SingleOrDefaultAsync(x => x.Id == id, ct)
            ?? throw new NotFoundException(Loc.T("建言", "Suggestion"));
        new Check().That(Enum.IsDefined(r.Handling) && r.Handling != SuggestionHandling.Pending, nameof(r.Handling),
            Loc.T("请选择办理结果（采纳、转交或答复）",
            "Choose an outcome (adopt, forward or answer)"))
            .Required(nameof(r.Note), Loc.T("办理情况", "Handling note"), r.Note, 1000).ThrowIfAny();
        db.Entry(s).Property(x => x.Version).OriginalValue = r.Version;
        (s.Handling, s.HandlingNote, s.HandledOn) = (r.Handling, r.Note!.Trim(),
            DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime));
        await db.SaveChangesAsync(ct);
    }
}
