namespace Tongxin.Web.Features.Arrangements;

/// <summary>
/// What the person page shows beyond the record: seats, reviews, cadre rank and placements, suggestions, roles.
/// </summary>
public sealed class GetPersonRecords(TongxinDb db) : IHandler
{
    public sealed record Result(
        IReadOnlyList<PoliticalArrangement> Seats, IReadOnlyList<AnnualReview> Reviews, NonPartyCadre? Cadre,
        IReadOnlyList<Placement> Placements, IReadOnlyList<Suggestion> Suggestions, IReadOnlyList<string> Roles);

    public async Task<Result> HandleAsync(Guid personId, CancellationToken ct = default)
    {
        if (!await db.People.AnyAsync(p => p.Id == personId, ct))
            throw new NotFoundException(Loc.T("人员", "Person"));
        var cadre = await db.NonPartyCadres.AsNoTracking().FirstOrDefaultAsync(c => c.PersonId == personId, ct);
        var roles = new List<string>();
        foreach (var o in await db.TownOfficers.AsNoTracking()
                     .Where(o => o.PersonId == personId && o.EndedOn == null).ToListAsync(ct))
            roles.Add(Forces.TownCoverage.RoleName(o.Role)
                + (o.SectionLevel ? Loc.T("（科级）", " (section level)") : ""));
        foreach (var v in await db.VillageLiaisons.AsNoTracking()
                     .Where(o => o.PersonId == personId && o.EndedOn == null).ToListAsync(ct))
            roles.Add(Forces.VillageCoverage.RoleName(v.Role));
        return new Result(
            await db.PoliticalArrangements.AsNoTracking().Where(s => s.PersonId == personId)
                .OrderByDescending(s => s.ElectedOn).ToListAsync(ct),
            await db.AnnualReviews.AsNoTracking().Where(a => a.PersonId == personId)
                .OrderByDescending(a => a.Year).ToListAsync(ct),
            cadre,
            cadre is null ? [] : await db.Placements.AsNoTracking().Where(p => p.CadreId == cadre.Id)
                .OrderBy(p => p.StartOn).ToListAsync(ct),
            await db.Suggestions.AsNoTracking().Where(s => s.PersonId == personId)
                .OrderByDescending(s => s.Date).ToListAsync(ct),
            roles);
    }
}
