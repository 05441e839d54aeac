using Tongxin.Domain.Regions;

namespace Tongxin.Web.Features.Cadres;

/// <summary>
/// A placement (赴镇街锻炼, 挂职) of a 党外干部 with the receiving unit and dates (PPL-3).
/// </summary>
public sealed class SavePlacement(TongxinDb db) : IHandler
{
    public sealed record Request(
        Guid? CadreId, string? Kind, string? Unit, Guid? TownId, DateOnly? StartOn, DateOnly? EndOn,
        long Version = 0);

    public async Task<Guid> HandleAsync(Guid? id, Request r, CancellationToken ct = default)
    {
        var placement = id is { } existing
            ? await db.Placements.SingleOrDefaultAsync(p => p.Id == existing, ct)
                ?? throw new NotFoundException(Loc.T("挂职锻炼记录", "Placement"))
            : null;
        var cadre = await db.NonPartyCadres
            .SingleOrDefaultAsync(c => c.Id == (placement != null ? placement.CadreId : r.CadreId), ct);
        var check = new Check()
            .That(cadre is not null, nameof(r.CadreId),
                Loc.T("党外干部不存在或不在您的数据范围内",
                    "The non-Party cadre does not exist or is outside your data scope"))
            .That(Placement.Kinds.Contains(r.Kind), nameof(r.Kind),
                Loc.T("请选择类型（赴镇街锻炼或挂职）", "Choose a kind (town training or secondment)"))
            .That(r.StartOn is not null, nameof(r.StartOn), Loc.T("请填写开始日期", "Enter the start date"))
            .That(r.StartOn is null || r.EndOn is null || r.EndOn >= r.StartOn, nameof(r.EndOn),
                Loc.T("结束日期不能早于开始日期", "The end date cannot be before the start date"));
        var town = r.TownId is { } tid
            ? await db.Regions.SingleOrDefaultAsync(x => x.Id == tid && x.Level == RegionLevel.Town, ct)
            : null;
        check.That(r.TownId is null || town is not null, nameof(r.TownId), Loc.T("请选择镇街", "Choose a town"));
        var unit = Check.Clean(r.Unit) ?? (town is null ? null : $"{town.Name}党（工）委");
        check.Required(nameof(r.Unit), Loc.T("接收单位", "Host unit"), unit, 100).ThrowIfAny();
        placement ??= db.Placements.Add(new Placement { Kind = "", Unit = "", NodePath = "" }).Entity;
        if (id is not null) db.Entry(placement).Property(p => p.Version).OriginalValue = r.Version;
        (placement.CadreId, placement.Kind, placement.Unit, placement.TownId, placement.StartOn, placement.EndOn) =
            (cadre!.Id, r.Kind!, unit!, town?.Id, r.StartOn!.Value, r.EndOn);
        (placement.NodeId, placement.NodePath) = (cadre.NodeId, cadre.NodePath);
        await db.SaveChangesAsync(ct);
        return placement.Id;
    }
}
