using Tongxin.Domain.Regions;
using Tongxin.Web.Features.People;

namespace Tongxin.Web.Features.Forces;

/// <summary>
/// ORG-5 双员 coverage per town: villages with a 联络员 and a 协管员, and every village missing either.
/// </summary>
public sealed class VillageCoverage(TongxinDb db) : IHandler
{
    public sealed record Gap(Guid VillageId, string Village, string Code, IReadOnlyList<string> Missing);
    public sealed record Holder(Guid AppointmentId, Guid VillageId, VillageLiaisonRole Role, string Name);
    public sealed record TownRow(
        Guid TownId, string Town, int Villages, int WithLiaison, int WithCoordinator, int Covered,
        IReadOnlyList<Gap> Gaps);
    public sealed record Result(
        IReadOnlyList<TownRow> Towns, int Villages, int Covered, IReadOnlyList<Holder> Holders);

    public static string RoleName(VillageLiaisonRole role) => role == VillageLiaisonRole.Liaison
        ? Loc.T("统战工作联络员", "UFWD liaison")
        : Loc.T("民族宗教协管员", "Ethnic and religious affairs coordinator");

    public async Task<Result> HandleAsync(Guid? townId = null, CancellationToken ct = default)
    {
        var regions = await db.Regions.AsNoTracking()
            .Where(r => r.Level == RegionLevel.Town || r.Level == RegionLevel.Village)
            .Select(r => new { r.Id, r.Name, r.Code, r.Level, r.ParentId }).ToListAsync(ct);
        var held = await db.VillageLiaisons.AsNoTracking().Where(v => v.EndedOn == null).ToListAsync(ct);
        var names = await db.LoadAsync(held.Select(h => h.PersonId), ct);
        var rows = new List<TownRow>();
        foreach (var town in regions.Where(r => r.Level == RegionLevel.Town && (townId == null || r.Id == townId))
                     .OrderBy(r => r.Code))
        {
            var villages = regions.Where(r => r.ParentId == town.Id).OrderBy(r => r.Code).ToList();
            var gaps = new List<Gap>();
            int liaison = 0, coordinator = 0;
            foreach (var v in villages)
            {
                var hasL = held.Any(h => h.NodeId == v.Id && h.Role == VillageLiaisonRole.Liaison);
                var hasC = held.Any(h => h.NodeId == v.Id && h.Role == VillageLiaisonRole.Coordinator);
                (liaison, coordinator) = (liaison + (hasL ? 1 : 0), coordinator + (hasC ? 1 : 0));
                var missing = new List<string>();
                if (!hasL) missing.Add(RoleName(VillageLiaisonRole.Liaison));
                if (!hasC) missing.Add(RoleName(VillageLiaisonRole.Coordinator));
                if (missing.Count > 0) gaps.Add(new Gap(v.Id, v.Name, v.Code, missing));
            }
            rows.Add(new TownRow(town.Id, town.Name, villages.Count, liaison, coordinator,
                villages.Count - gaps.Count, gaps));
        }
        var holders = held
            .Select(h => new Holder(h.Id, h.NodeId, h.Role, names.GetValueOrDefault(h.PersonId)?.Name ?? "—"))
            .ToList();
        return new Result(rows, rows.Sum(r => r.Villages), rows.Sum(r => r.Covered), holders);
    }
}
