using Microsoft.EntityFrameworkCore;
using Tongxin.Data;
using Tongxin.Data.Entities;
using Tongxin.Web.Features.Dictionaries;
using Tongxin.Web.Features.People;
using Tongxin.Web.Infrastructure;

namespace Tongxin.Web.Features.Arrangements;

// The feature namespace Tongxin.Web.Features.Dictionaries hides the seed's kind codes from here.
using Dictionaries = Tongxin.Data.Seed.Dictionaries;

/// <summary>Record or edit a seat in 人大/政协 (PPL-8): the term must end after it began.</summary>
public sealed class SaveArrangement(TongxinDb db, PeopleDictionary dictionary) : IHandler
{
    public sealed record Request(Guid? PersonId, string? Chamber, string? Level, string? Term, string? Seat, DateOnly? ElectedOn, DateOnly? TermEndsOn, long Version = 0);

    public async Task<Guid> HandleAsync(Guid? id, Request r, CancellationToken ct = default)
    {
        var dict = await dictionary.HandleAsync(ct);
        var seat = id is { } existing ? await db.PoliticalArrangements.SingleOrDefaultAsync(s => s.Id == existing, ct) ?? throw new NotFoundException("政治安排") : null;
        var check = new Check().That(PoliticalArrangement.Chambers.Contains(r.Chamber), nameof(r.Chamber), "请选择人大或政协")
            .That(r.Level is not null && dict.Has(Dictionaries.Level, r.Level), nameof(r.Level), "请选择层级")
            .Required(nameof(r.Term), "届次", r.Term, 20).Optional(nameof(r.Seat), "职务", r.Seat, 20)
            .That(r.ElectedOn is not null, nameof(r.ElectedOn), "请填写当选时间").That(r.TermEndsOn is not null, nameof(r.TermEndsOn), "请填写到届时间")
            .That(r.ElectedOn is null || r.TermEndsOn is null || r.TermEndsOn > r.ElectedOn, nameof(r.TermEndsOn), "到届时间应晚于当选时间");
        var person = await db.FindAsync(seat?.PersonId ?? r.PersonId, check, nameof(r.PersonId), ct);
        check.ThrowIfAny();
        seat ??= db.PoliticalArrangements.Add(new PoliticalArrangement { Chamber = "", Level = "", Term = "", NodePath = "" }).Entity;
        if (id is not null) db.Entry(seat).Property(s => s.Version).OriginalValue = r.Version;
        (seat.PersonId, seat.Chamber, seat.Level, seat.Term, seat.Seat) = (person!.Id, r.Chamber!, r.Level!, r.Term!.Trim(), Check.Clean(r.Seat));
        (seat.ElectedOn, seat.TermEndsOn, seat.NodeId, seat.NodePath) = (r.ElectedOn!.Value, r.TermEndsOn!.Value, person.NodeId, person.NodePath);
        await db.SaveChangesAsync(ct);
        return seat.Id;
    }
}
