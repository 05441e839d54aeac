using Tongxin.Web.Features.People;

namespace Tongxin.Web.Features.Suggestions;

/// <summary>Record or edit a suggestion from a register person (PPL-10).</summary>
public sealed class SaveSuggestion(TongxinDb db, TimeProvider clock) : IHandler
{
    public sealed record Request(Guid? PersonId, string? Title, string? Text, DateOnly? Date, string? Category,
        long Version = 0);

    public async Task<Guid> HandleAsync(Guid? id, Request r, CancellationToken ct = default)
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var s = id is { } existing ? await db.Suggestions.SingleOrDefaultAsync(x => x.Id == existing, ct)
            ?? throw new NotFoundException(Loc.T("建言", "Suggestion")) : null;
        var check = new Check().Required(nameof(r.Title), Loc.T("标题", "Title"), r.Title, 100)
            .Required(nameof(r.Text),
            Loc.T("内容", "Content"), r.Text, 4000)
            .That(r.Date is not null && r.Date <= today, nameof(r.Date),
            Loc.T("请填写提出日期（不晚于今天）",
                "Enter the date raised (not later than today)"))
            .That(Suggestion.Categories.Contains(r.Category), nameof(r.Category),
            Loc.T("请选择类别", "Choose a category"));
        var person = await db.FindAsync(s?.PersonId ?? r.PersonId, check, nameof(r.PersonId), ct);
        check.ThrowIfAny();
        s ??= db.Suggestions.Add(new Suggestion { Title = "", Text = "", Category = "", NodePath = "" }).Entity;
        if (id is not null) db.Entry(s).Property(x => x.Version).OriginalValue = r.Version;
        (s.PersonId, s.Title, s.Text, s.Date, s.Category, s.NodeId, s.NodePath) = (person!.Id, r.Title!.Trim(),
            r.Text!.Trim(), r.Date!.Value, r.Category!, person.NodeId, person.NodePath);
        await db.SaveChangesAsync(ct);
        return s.Id;
    }
}
