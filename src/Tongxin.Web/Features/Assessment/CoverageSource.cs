using Tongxin.Data.Scope;
using Tongxin.Domain.Assessment;
using Tongxin.Domain.Regions;

namespace Tongxin.Web.Features.Assessment;

/// <summary>
/// "village-coverage": the share of villages with both a 联络员 and a 协管员 (ORG-5), points × covered ÷
/// villages.
/// </summary>
public sealed class CoverageSource : IAutoSource
{
    public const string Code = "village-coverage";

    public Task<IReadOnlyList<(string Code, string Name)>> OptionsAsync(TongxinDb db, CancellationToken ct) =>
        Task.FromResult<IReadOnlyList<(string, string)>>([
            (Code, Loc.T("村居“双员”全覆盖（按覆盖比例）",
                "Every village has both liaisons (by share covered)")),
        ]);

    public bool Handles(string code) => code == Code;

    public async Task<AutoFact> EvaluateAsync(AutoContext c, CancellationToken ct)
    {
        var asOf = c.AsOf;
        var villages = await c.Db.Regions.AsNoTracking().InSubtree(c.Node.NodePath)
            .Where(r => r.Level == RegionLevel.Village).Select(r => r.Id).ToListAsync(ct);
        var held = await c.Db.VillageLiaisons.AsNoTracking().InSubtree(c.Node.NodePath)
            .Where(v => v.AppointedOn <= asOf && (v.EndedOn == null || v.EndedOn >= asOf))
            .Select(v => new { v.NodeId, v.Role }).ToListAsync(ct);
        var covered = villages.Count(v => held.Any(h => h.NodeId == v && h.Role == VillageLiaisonRole.Liaison)
                                          && held.Any(h => h.NodeId == v && h.Role == VillageLiaisonRole.Coordinator));
        var facts = villages.Count == 0
            ? "没有村（社区）"
            : $"{villages.Count} 个村（社区）中 {covered} 个联络员、协管员齐全"
                + $"（{100.0 * covered / villages.Count:0.#}%）";
        return new AutoFact(Scoring.Share(c.Points, covered, villages.Count), facts);
    }
}
