using Tongxin.Domain.Regions;
using Tongxin.Web.Features.People;

namespace Tongxin.Web.Features.Forces;

/// <summary>
/// ORG-3 per town in scope: its 统战委员, 统战干事, 统战办公室 and other staff (科级 counted); a town
/// missing any of the three is flagged with what is missing.
/// </summary>
public sealed class TownCoverage(TongxinDb db) : IHandler
{
    public sealed record Holder(
        Guid AppointmentId, Guid PersonId, string Name, bool SectionLevel, DateOnly AppointedOn, bool Exceptional,
        long Version);
    public sealed record Row(
        Guid TownId, string Town, IReadOnlyList<Holder> CommitteeMembers, IReadOnlyList<Holder> Officers,
        IReadOnlyList<Holder> Staff, bool HasOffice, int SectionLevel, IReadOnlyList<string> Missing);
    public sealed record Result(
        IReadOnlyList<Row> Towns, int TotalStaff, int SectionLevelStaff, int Officers, int TownsFlagged);

    public static string RoleName(TownOfficerRole role) => role switch
    {
        TownOfficerRole.CommitteeMember => Loc.T("统战委员", "UFWD committee member"),
        TownOfficerRole.Officer => Loc.T("统战干事", "UFWD officer"),
        _ => Loc.T("统战工作人员", "UFWD staff member"),
    };

    public async Task<Result> HandleAsync(CancellationToken ct = default)
    {
        var towns = await db.Regions.AsNoTracking().Where(r => r.Level == RegionLevel.Town).OrderBy(r => r.Code)
            .ToListAsync(ct);
        var appointments = await db.TownOfficers.AsNoTracking().Where(o => o.EndedOn == null).ToListAsync(ct);
        var offices = await db.Bodies.Where(b => b.Type == BodyType.TownOffice).Select(b => b.NodeId).Distinct()
            .ToListAsync(ct);
        var people = await db.LoadAsync(appointments.Select(a => a.PersonId), ct);
        var rows = towns.Select(t =>
        {
            var mine = appointments.Where(a => a.NodeId == t.Id).ToList();
            List<Holder> Of(TownOfficerRole role) => mine.Where(a => a.Role == role)
                .Select(a => new Holder(a.Id, a.PersonId, people.GetValueOrDefault(a.PersonId)?.Name ?? "—",
                    a.SectionLevel, a.AppointedOn, a.Exceptional, a.Version))
                .ToList();
            var (members, officers, staff) =
                (Of(TownOfficerRole.CommitteeMember), Of(TownOfficerRole.Officer), Of(TownOfficerRole.Staff));
            var missing = new List<string>();
            if (members.Count == 0) missing.Add(Loc.T("统战委员", "UFWD committee member"));
            if (officers.Count == 0) missing.Add(Loc.T("统战干事", "UFWD officer"));
            var hasOffice = offices.Contains(t.Id);
            if (!hasOffice) missing.Add(Loc.T("统战办公室", "UFWD office"));
            return new Row(t.Id, t.Name, members, officers, staff, hasOffice, mine.Count(a => a.SectionLevel), missing);
        }).ToList();
        return new Result(rows, appointments.Count, appointments.Count(a => a.SectionLevel),
            appointments.Count(a => a.Role == TownOfficerRole.Officer), rows.Count(r => r.Missing.Count > 0));
    }
}
