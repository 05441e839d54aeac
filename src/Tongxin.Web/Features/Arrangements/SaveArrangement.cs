using Tongxin.Web.Features.Dictionaries;
using Tongxin.Web.Features.People;

namespace Tongxin.Web.Features.Arrangements;

// The feature namespace Tongxin.Web.Features.Dictionaries hides the seed's kind codes from here.
using Dictionaries = Tongxin.Data.Seed.Dictionaries;

/// <summary>Record or edit a seat in 人大/政协 (PPL-8): the term must end after it began.</summary>
public sealed class SaveArrangement(TongxinDb db, PeopleDictionary dictionary) : IHandler
{
    public sealed record Request(
        Guid? PersonId, string? Chamber, string? Level, string? Term, string? Seat, DateOnly? ElectedOn,
        DateOnly? TermEndsOn, long Version = 0);

    public async Task<Guid> HandleAsync(Guid? id, Request r, CancellationToken ct = default)
    {
        var dict = await dictionary.HandleAsync(ct);
        var seat = id is { } existing
            ? await db.PoliticalArrangements.SingleOrDefaultAsync(s => s.Id == existing, ct)
                ?? throw new NotFoundException(Loc.T("政治安排", "Political arrangement"))
            : null;
        var check = new Check().That(PoliticalArrangement.Chambers.Contains(r.Chamber), nameof(r.Chamber),
            Loc.T("请选择人大或政协", "Choose People's Congress or CPPCC"))
            .That(r.Level is not null && dict.Has(Dictionaries.Level, r.Level), nameof(r.Level),
                Loc.T("请选择层级", "Choose a level"))
            .Required(nameof(r.Term), Loc.T("届次", "Term"), r.Term, 20)
            .Optional(nameof(r.Seat), Loc.T("职务", "Position"), r.Seat, 20)
            .That(r.ElectedOn is not null, nameof(r.ElectedOn),
                Loc.T("请填写当选时间", "Enter the election date"))
            .That(r.TermEndsOn is not null, nameof(r.TermEndsOn),
                Loc.T("请填写到届时间", "Enter the term end date"))
            .That(r.ElectedOn is null || r.TermEndsOn is null || r.TermEndsOn > r.ElectedOn, nameof(r.TermEndsOn),
                Loc.T("到届时间应晚于当选时间", "The term end date must be after the election date"));
        var person = await db.FindAsync(seat?.PersonId ?? r.PersonId, check, nameof(r.PersonId), ct);
        check.ThrowIfAny();
        seat ??= db.PoliticalArrangements
            .Add(new PoliticalArrangement { Chamber = "", Level = "", Term = "", NodePath = "" }).Entity;
        if (id is not null) db.Entry(seat).Property(s => s.Version).OriginalValue = r.Version;
        (seat.PersonId, seat.Chamber, seat.Level, seat.Term, seat.Seat) =
            (person!.Id, r.Chamber!, r.Level!, r.Term!.Trim(), Check.Clean(r.Seat));
        (seat.ElectedOn, seat.TermEndsOn, seat.NodeId, seat.NodePath) =
            (r.ElectedOn!.Value, r.TermEndsOn!.Value, person.NodeId, person.NodePath);
        await db.SaveChangesAsync(ct);
        return seat.Id;
    }
}
