using Tongxin.Domain.Regions;
using Tongxin.Domain.Time;

namespace Tongxin.Web.Features.Liaison;

/// <summary>联镇结村 (LIA-3): pair a partner with a town or village in scope; one pair per partner and node.</summary>
public sealed class SaveAlliance(TongxinDb db, TimeProvider clock) : IHandler
{
    public sealed record Request(Guid? PartnerId, Guid? NodeId, DateOnly? Since, string? Aim);

    public async Task<Guid> HandleAsync(Request r, CancellationToken ct = default)
    {
        var partner = r.PartnerId is { } pid
            ? await db.Set<AlliancePartner>().AsNoTracking().SingleOrDefaultAsync(p => p.Id == pid, ct)
            : null;
        var node = r.NodeId is { } nid
            ? await db.Regions.AsNoTracking()
                .SingleOrDefaultAsync(x => x.Id == nid
                    && (x.Level == RegionLevel.Town || x.Level == RegionLevel.Village), ct)
            : null;
        var check = new Check().That(partner is not null, nameof(r.PartnerId), Loc.T("请选择联盟成员",
                "Choose a partner"))
            .That(node is not null, nameof(r.NodeId), Loc.T("请选择结对的镇街或村居（须在您的数据范围内）",
                "Choose the town or village to pair with (within your data scope)"))
            .That(r.Since is null || r.Since <= ChinaTime.Today(clock), nameof(r.Since),
                Loc.T("结对日期不能晚于今天", "The pairing date cannot be later than today"))
            .Optional(nameof(r.Aim), Loc.T("结对目标", "Aim"), r.Aim, 500);
        if (partner is not null && node is not null)
            check.That(!await db.Set<Alliance>()
                    .AnyAsync(a => a.PartnerId == partner.Id && a.NodeId == node.Id, ct), nameof(r.NodeId),
                Loc.T($"{partner.Name} 已与 {node.Name} 结对", $"{partner.Name} is already paired with {node.Name}"));
        check.ThrowIfAny();
        var pair = db.Set<Alliance>().Add(new Alliance
        {
            PartnerId = partner!.Id, NodeId = node!.Id, NodePath = node.NodePath,
            Since = r.Since ?? ChinaTime.Today(clock), Aim = Check.Clean(r.Aim),
        }).Entity;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            throw new InvalidInputException(nameof(r.NodeId), Loc.T($"{partner.Name} 已与 {node.Name} 结对",
                $"{partner.Name} is already paired with {node.Name}"));
        }
        return pair.Id;
    }
}
