using Tongxin.Data.Seed;
using Tongxin.Domain.People;
using Tongxin.Domain.Regions;
using Tongxin.Web.Features.People;

namespace Tongxin.Web.Features.Forces;

/// <summary>
/// Appoint a register person to a town role (ORG-3). A 统战干事 must pass ORG-4 at the appointment date: every rule
/// that fails is named. Only one active 统战干事 per town; the person must belong to that town.
/// </summary>
public sealed class AppointTownOfficer(TongxinDb db) : IHandler
{
    public sealed record Request(
        Guid? TownId, Guid? PersonId, TownOfficerRole Role, bool SectionLevel, DateOnly? AppointedOn,
        bool Exceptional = false, string? ExceptionalReason = null);

    public async Task<Guid> HandleAsync(Request r, CancellationToken ct = default)
    {
        var check = new Check()
            .That(Enum.IsDefined(r.Role), nameof(r.Role), Loc.T("请选择职务", "Choose a position"))
            .That(r.AppointedOn is not null, nameof(r.AppointedOn),
                Loc.T("请填写任职日期", "Enter the appointment date"))
            .Optional(nameof(r.ExceptionalReason), Loc.T("特别优秀理由", "Reason for exceptional merit"),
                r.ExceptionalReason, 500);
        var town = r.TownId is { } tid
            ? await db.Regions.SingleOrDefaultAsync(x => x.Id == tid && x.Level == RegionLevel.Town, ct)
            : null;
        check.That(town is not null, nameof(r.TownId), Loc.T("请选择镇街（须在您的数据范围内）",
            "Choose a town within your data scope"));
        var person = await db.FindAsync(r.PersonId, check, nameof(r.PersonId), ct);
        if (town is not null && person is not null)
        {
            check.That(NodePath.Contains(town.NodePath, person.NodePath), nameof(r.PersonId),
                Loc.T($"「{person.Name}」不属于{town.Name}，请先在人员库中调整其所属节点",
                $"\"{person.Name}\" does not belong to {town.Name}; "
                    + "change the person's node in the people register first"));
            check.That(!await db.TownOfficers.AnyAsync(o => o.PersonId == person.Id && o.NodeId == town.Id
                    && o.Role == r.Role && o.EndedOn == null, ct),
                nameof(r.PersonId), Loc.T($"「{person.Name}」已任{TownCoverage.RoleName(r.Role)}",
                    $"\"{person.Name}\" already serves as {TownCoverage.RoleName(r.Role)}"));
        }
        if (r.Role == TownOfficerRole.Officer && person is not null && r.AppointedOn is { } on)
        {
            if (town is not null && await db.TownOfficers.AnyAsync(o => o.NodeId == town.Id
                    && o.Role == TownOfficerRole.Officer && o.EndedOn == null, ct))
                check.Add(nameof(r.Role), Loc.T($"{town.Name}已有在任统战干事，请先办理其离任",
                    $"{town.Name} already has a serving UFWD officer; end that appointment first"));
            var p = await db.People.AsNoTracking().SingleAsync(x => x.Id == person.Id, ct);
            foreach (var failure in OfficerEligibility.Check(
                         p.BirthDate, EducationOf(p.Education), on, r.Exceptional, r.ExceptionalReason))
                check.Add("Eligibility",
                    Loc.T("不符合统战干事任职条件：", "Does not meet the UFWD officer requirements: ")
                        + failure);
        }
        check.ThrowIfAny();
        var appointment = db.TownOfficers.Add(new TownOfficer
        {
            PersonId = person!.Id, Role = r.Role, SectionLevel = r.SectionLevel, AppointedOn = r.AppointedOn!.Value,
            Exceptional = r.Exceptional, ExceptionalReason = r.Exceptional ? Check.Clean(r.ExceptionalReason) : null,
            NodeId = town!.Id, NodePath = town.NodePath,
        }).Entity;
        await db.SaveChangesAsync(ct);
        return appointment.Id;
    }

    /// <summary>
    /// Education dictionary codes (研究生, 大学本科, 大学专科, 高中/中专, 初中及以下) as ordered
    /// levels.
    /// </summary>
    public static EducationLevel? EducationOf(string? code) => code switch
    {
        "D01" => EducationLevel.Postgraduate,
        "D02" => EducationLevel.Bachelor,
        "D03" => EducationLevel.College,
        "D04" => EducationLevel.SeniorHigh,
        "D05" => EducationLevel.JuniorOrBelow,
        _ => null,
    };
}
