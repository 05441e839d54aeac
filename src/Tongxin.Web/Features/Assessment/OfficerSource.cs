using Tongxin.Domain.Assessment;
using Tongxin.Web.Features.People;

namespace Tongxin.Web.Features.Assessment;

/// <summary>
/// "town-officer": the town has a 统战委员 and a 统战干事 (ORG-3; the 干事 passed ORG-4 when appointed).
/// Both: full points; one: half.
/// </summary>
public sealed class OfficerSource : IAutoSource
{
    public const string Code = "town-officer";

    public Task<IReadOnlyList<(string Code, string Name)>> OptionsAsync(TongxinDb db, CancellationToken ct) =>
        Task.FromResult<IReadOnlyList<(string, string)>>([
            (Code, Loc.T("配备统战委员和专职统战干事（镇村力量）",
                "Town has a UFWD committee member and a full-time UFWD officer")),
        ]);

    public bool Handles(string code) => code == Code;

    public async Task<AutoFact> EvaluateAsync(AutoContext c, CancellationToken ct)
    {
        var asOf = c.AsOf;
        var held = await c.Db.TownOfficers.AsNoTracking()
            .Where(o => o.NodeId == c.Node.Id && o.AppointedOn <= asOf && (o.EndedOn == null || o.EndedOn >= asOf)
                && o.Role != TownOfficerRole.Staff)
            .ToListAsync(ct);
        var names = await c.Db.LoadAsync(held.Select(h => h.PersonId), ct);
        string Who(TownOfficerRole role) => held.Where(h => h.Role == role)
            .Select(h => names.GetValueOrDefault(h.PersonId)?.Name ?? "—").FirstOrDefault() ?? "缺";
        var (member, officer) = (Who(TownOfficerRole.CommitteeMember), Who(TownOfficerRole.Officer));
        var count = (member != "缺" ? 1 : 0) + (officer != "缺" ? 1 : 0);
        return new AutoFact(Scoring.Share(c.Points, count, 2),
            $"截至 {asOf:yyyy-MM-dd}：统战委员 {member}；统战干事 {officer}");
    }
}
