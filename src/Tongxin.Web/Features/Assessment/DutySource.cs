using Tongxin.Domain.Assessment;
using Tongxin.Web.Features.Duties;

namespace Tongxin.Web.Features.Assessment;

/// <summary>
/// "duty:R10" and the like: the share of the rule's subjects inside the assessed node that met the minimum in the
/// scheme year (OBL), counted by the same database queries as the compliance view.
/// </summary>
public sealed class DutySource : IAutoSource
{
    public const string Prefix = "duty:";

    public async Task<IReadOnlyList<(string Code, string Name)>> OptionsAsync(TongxinDb db, CancellationToken ct) =>
        (await db.DutyRules.AsNoTracking().Where(r => r.Active).OrderBy(r => r.Code)
            .Select(r => new { r.Code, r.Title }).ToListAsync(ct))
        .Select(r => (Prefix + r.Code,
            Loc.T($"制度任务 {r.Code} 达标：{r.Title}", $"Duty {r.Code} met: {r.Title}")))
        .ToList();

    public bool Handles(string code) => code.StartsWith(Prefix, StringComparison.Ordinal);

    public async Task<AutoFact> EvaluateAsync(AutoContext c, CancellationToken ct)
    {
        var code = c.Code[Prefix.Length..];
        var rule = await c.Db.DutyRules.AsNoTracking().FirstOrDefaultAsync(r => r.Code == code, ct);
        if (rule is null) return new AutoFact(0, $"制度任务 {code} 不存在，按 0 分计");
        var subjects = await DutySubjects.ForAsync(c.Db, rule, c.Node.NodePath, ct);
        if (subjects.Count == 0)
            return new AutoFact(c.Points, $"{code}：本单位没有适用的责任主体，视为达标");
        var counts = await DutyCounts.ForAsync(
            c.Db, rule, c.Year, subjects.Select(s => s.Id).ToList(), c.Node.NodePath, ct);
        var met = subjects.Count(s => counts.GetValueOrDefault(s.Id)?.Counted >= rule.Minimum);
        var missing = subjects.Where(s => !(counts.GetValueOrDefault(s.Id)?.Counted >= rule.Minimum))
            .Select(s => s.Name).Take(5).ToList();
        var facts = $"{code}（每年≥{rule.Minimum} 次）：{subjects.Count} 个责任主体中 {met} 个达标"
            + (missing.Count > 0
                ? $"；未达标：{string.Join("、", missing)}" + (subjects.Count - met > 5 ? " 等" : "")
                : "");
        return new AutoFact(Scoring.Share(c.Points, met, subjects.Count), facts);
    }
}
