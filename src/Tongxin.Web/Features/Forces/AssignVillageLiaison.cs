using Tongxin.Domain.Regions;
using Tongxin.Web.Features.People;

namespace Tongxin.Web.Features.Forces;

/// <summary>Record a village's 联络员 or 协管员 (ORG-5); one active holder per role and village.</summary>
public sealed class AssignVillageLiaison(TongxinDb db) : IHandler
{
    public sealed record Request(Guid? VillageId, Guid? PersonId, VillageLiaisonRole Role, DateOnly? AppointedOn);

    public async Task<Guid> HandleAsync(Request r, CancellationToken ct = default)
    {
        var check = new Check()
            .That(Enum.IsDefined(r.Role), nameof(r.Role),
                Loc.T("请选择联络员或协管员", "Choose liaison or coordinator"))
            .That(r.AppointedOn is not null, nameof(r.AppointedOn),
                Loc.T("请填写任职日期", "Enter the appointment date"));
        var village = r.VillageId is { } vid
            ? await db.Regions.SingleOrDefaultAsync(x => x.Id == vid && x.Level == RegionLevel.Village, ct)
            : null;
        check.That(village is not null, nameof(r.VillageId),
            Loc.T("请选择村（社区）（须在您的数据范围内）",
                "Choose a village (community) within your data scope"));
        var person = await db.FindAsync(r.PersonId, check, nameof(r.PersonId), ct);
        if (village is not null && Enum.IsDefined(r.Role))
            check.That(!await db.VillageLiaisons.AnyAsync(v => v.NodeId == village.Id && v.Role == r.Role
                    && v.EndedOn == null, ct),
                nameof(r.Role),
                Loc.T($"{village.Name}已有在任{VillageCoverage.RoleName(r.Role)}，请先办理其离任",
                    $"{village.Name} already has a serving {VillageCoverage.RoleName(r.Role)}; "
                        + "end that appointment first"));
        check.ThrowIfAny();
        var holder = db.VillageLiaisons.Add(new VillageLiaison
        {
            PersonId = person!.Id, Role = r.Role, AppointedOn = r.AppointedOn!.Value,
            NodeId = village!.Id, NodePath = village.NodePath,
        }).Entity;
        await db.SaveChangesAsync(ct);
        return holder.Id;
    }
}
