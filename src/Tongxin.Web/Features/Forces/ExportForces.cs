using Tongxin.Web.Features.Export;

namespace Tongxin.Web.Features.Forces;

/// <summary>
/// The two 镇村力量 tables (ORG-3, ORG-5) to Excel as the page shows them: the towns in scope with their officers
/// (names only, as the list), and each town's 双员 coverage; audited.
/// </summary>
public sealed class ExportForces(TownCoverage towns, VillageCoverage villages, ListExport export) : IHandler
{
    public async Task<ListExport.File> TownsAsync(CancellationToken ct = default) =>
        await export.HandleAsync("镇街统战力量", nameof(TownOfficer), ListExport.Filter(),
            ["镇街", "统战委员", "统战干事", "统战办公室", "工作人员", "其中科级", "缺项"],
            ListExport.Whole(async () => (await towns.HandleAsync(ct)).Towns),
            t => [t.Town, ForcesPage.Holders(t.CommitteeMembers), ForcesPage.Holders(t.Officers),
                t.HasOffice ? "已设立" : "—", t.CommitteeMembers.Count + t.Officers.Count + t.Staff.Count,
                t.SectionLevel, t.Missing.Count == 0 ? "齐全" : string.Join("、", t.Missing)], ct);

    public async Task<ListExport.File> VillagesAsync(Guid? townId, CancellationToken ct = default) =>
        await export.HandleAsync("村居双员覆盖", nameof(VillageLiaison), ListExport.Filter(),
            ["镇街", "村居数", "有联络员", "有协管员", "全覆盖", "缺“双员”的村居"],
            ListExport.Whole(async () => (await villages.HandleAsync(townId, ct)).Towns),
            t => [t.Town, t.Villages, t.WithLiaison, t.WithCoordinator, $"{t.Covered} / {t.Villages}",
                string.Join("；", t.Gaps.Select(g => $"{g.Village}：缺{string.Join("、", g.Missing)}"))], ct);
}
