using Tongxin.Web.Features.People;

namespace Tongxin.Web.Features.Cadres;

/// <summary>
/// Mark a register person as 党外干部 with rank and post, or edit that (PPL-3). Party members are refused.
/// </summary>
public sealed class SaveCadre(TongxinDb db) : IHandler
{
    public sealed record Request(Guid? PersonId, string? Rank, string? Post, long Version = 0);

    public async Task<Guid> HandleAsync(Guid? id, Request r, CancellationToken ct = default)
    {
        var check = new Check()
            .That(NonPartyCadre.Ranks.Contains(r.Rank), nameof(r.Rank), Loc.T("请选择职级", "Choose a rank"))
            .Optional(nameof(r.Post), Loc.T("职务", "Position"), r.Post, 100);
        var cadre = id is { } existing
            ? await db.NonPartyCadres.SingleOrDefaultAsync(c => c.Id == existing, ct)
                ?? throw new NotFoundException(Loc.T("党外干部", "Non-Party cadre"))
            : null;
        var person = await db.FindAsync(cadre?.PersonId ?? r.PersonId, check, nameof(r.PersonId), ct);
        if (person is not null)
        {
            check.That(person.Affiliation != PersonRefs.PartyMember, nameof(r.PersonId),
                Loc.T("中共党员不能登记为党外干部",
                    "A CPC member cannot be registered as a non-Party cadre"));
            check.That(cadre is not null || !await db.NonPartyCadres.AnyAsync(c => c.PersonId == person.Id, ct),
                nameof(r.PersonId), Loc.T($"「{person.Name}」已登记为党外干部",
                $"\"{person.Name}\" is already registered as a non-Party cadre"));
        }
        check.ThrowIfAny();
        if (cadre is null)
            cadre = db.NonPartyCadres.Add(new NonPartyCadre { PersonId = person!.Id, Rank = "", NodePath = "" }).Entity;
        else db.Entry(cadre).Property(c => c.Version).OriginalValue = r.Version;
        (cadre.Rank, cadre.Post, cadre.NodeId, cadre.NodePath) =
            (r.Rank!, Check.Clean(r.Post), person!.NodeId, person.NodePath);
        await db.SaveChangesAsync(ct);
        return cadre.Id;
    }
}
