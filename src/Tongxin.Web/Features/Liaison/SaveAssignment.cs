namespace Tongxin.Web.Features.Liaison;

/// <summary>
/// Assign (or change) the liaison cadre of a town for a year (LIA-1). One cadre per town and one town per cadre a
/// year; the unique indexes hold it under a race too (and for a cadre's town outside the user's scope), refused with
/// a Chinese message and nothing written.
/// </summary>
public sealed class SaveAssignment(TongxinDb db) : IHandler
{
    public sealed record Request(int? Year, Guid? NodeId, string? CadreName, string? CadrePost,
        string? CadreUserName = null, long Version = 0);

    public async Task<Guid> HandleAsync(Guid? id, Request r, CancellationToken ct = default)
    {
        var a = id is { } existing
            ? await db.Set<LiaisonAssignment>().SingleOrDefaultAsync(x => x.Id == existing, ct)
                ?? throw new NotFoundException(Loc.T("联系安排", "Assignment"))
            : null;
        var check = new Check().That(r.Year is >= 2000 and <= 2100, nameof(r.Year),
                Loc.T("请填写年度（2000–2100）", "Enter the year (2000–2100)"))
            .Required(nameof(r.CadreName), Loc.T("联系干部", "Cadre"), r.CadreName, 50)
            .Optional(nameof(r.CadrePost), Loc.T("职务", "Post"), r.CadrePost, 100);
        var town = await db.TownAsync(r.NodeId, check, nameof(r.NodeId), ct);
        string? userId = null;
        if (Check.Clean(r.CadreUserName) is { } userName)
        {
            userId = await db.Users.AsNoTracking().Where(u => u.UserName == userName).Select(u => u.Id)
                .SingleOrDefaultAsync(ct);
            check.That(userId is not null, nameof(r.CadreUserName),
                Loc.T($"用户 {userName} 不存在", $"There is no user {userName}"));
        }
        if (!check.HasErrors) await ConflictsAsync(check, r.Year!.Value, town!, r.CadreName!.Trim(), a?.Id, ct);
        check.ThrowIfAny();
        a ??= db.Set<LiaisonAssignment>().Add(new LiaisonAssignment { CadreName = "", NodePath = "" }).Entity;
        if (id is not null) db.Entry(a).Property(x => x.Version).OriginalValue = r.Version;
        (a.Year, a.CadreName, a.CadrePost, a.CadreUserId) =
            (r.Year!.Value, r.CadreName!.Trim(), Check.Clean(r.CadrePost), userId);
        (a.NodeId, a.NodePath) = (town!.Id, town.NodePath);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Another save took the town or the cadre in between: say which, as the form would have.
            db.Entry(a).State = id is null ? EntityState.Detached : EntityState.Unchanged;
            var race = new Check();
            await ConflictsAsync(race, a.Year, town, a.CadreName, id, ct);
            // The other row is outside the user's scope: say so without naming a town they may not see.
            race.That(race.HasErrors, nameof(Request.CadreName), Loc.T(
                $"{a.CadreName} {a.Year} 年已联系其他镇街", $"{a.CadreName} already liaises another town in {a.Year}"));
            race.ThrowIfAny();
        }
        return a.Id;
    }

    private async Task ConflictsAsync(Check check, int year, Region town, string cadre, Guid? self,
        CancellationToken ct)
    {
        var all = db.Set<LiaisonAssignment>().AsNoTracking()
            .Where(x => x.Year == year && x.Id != self);
        if (await all.FirstOrDefaultAsync(x => x.NodeId == town.Id, ct) is { } taken)
            check.Add(nameof(Request.NodeId), Loc.T($"{town.Name} {year} 年已由 {taken.CadreName} 联系",
                $"{town.Name} is already liaised by {taken.CadreName} in {year}"));
        if (await all.FirstOrDefaultAsync(x => x.CadreName == cadre, ct) is { } other)
        {
            var name = await db.Regions.AsNoTracking().Where(x => x.Id == other.NodeId)
                .Select(x => x.Name).SingleOrDefaultAsync(ct);
            check.Add(nameof(Request.CadreName), Loc.T($"{cadre} {year} 年已联系 {name}",
                $"{cadre} already liaises with {name} in {year}"));
        }
    }
}
