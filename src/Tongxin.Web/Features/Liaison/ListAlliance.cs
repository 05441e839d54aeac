namespace Tongxin.Web.Features.Liaison;

/// <summary>同心联盟 (LIA-3): the partners in scope and their pairs, each with this year's joint activities.</summary>
public sealed class ListAlliance(TongxinDb db, TimeProvider clock) : IHandler
{
    public sealed record Partner(Guid Id, string Name, string Kind, string? Contact);
    public sealed record Pair(Guid Id, Guid PartnerId, string Partner, string PartnerKind, Guid NodeId, string Node,
        DateOnly Since, string? Aim, int JointThisYear);
    public sealed record Result(IReadOnlyList<Partner> Partners, IReadOnlyList<Pair> Pairs);

    public async Task<Result> HandleAsync(CancellationToken ct = default)
    {
        var yearStart = new DateOnly(Domain.Time.ChinaTime.Today(clock).Year, 1, 1);
        var partners = await db.Set<AlliancePartner>().AsNoTracking().OrderBy(p => p.Kind).ThenBy(p => p.Name)
            .Select(p => new Partner(p.Id, p.Name, p.Kind, p.Contact)).ToListAsync(ct);
        var pairs = await db.Set<Alliance>().AsNoTracking().OrderBy(a => a.NodePath).ThenBy(a => a.Since)
            .Select(a => new
            {
                a.Id, a.PartnerId, a.NodeId, a.Since, a.Aim,
                Joint = db.Set<AllianceActivity>().Count(x => x.AllianceId == a.Id
                    && db.Activities.Any(v => v.Id == x.ActivityId && v.Date >= yearStart)),
            }).ToListAsync(ct);
        var byId = partners.ToDictionary(p => p.Id);
        var nodes = await ListVisits.TownNamesAsync(db, pairs.Select(p => p.NodeId), ct);
        return new Result(partners, pairs.Select(a => new Pair(a.Id, a.PartnerId,
            byId.GetValueOrDefault(a.PartnerId)?.Name ?? "—", byId.GetValueOrDefault(a.PartnerId)?.Kind ?? "",
            a.NodeId, nodes.GetValueOrDefault(a.NodeId, "—"), a.Since, a.Aim, a.Joint)).ToList());
    }
}
