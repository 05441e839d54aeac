namespace Tongxin.Web.Features.Plans;

/// <summary>Create or edit a plan (PLN-1) at the writer's node: a title and its years (start ≤ end, at most ten).
/// </summary>
public sealed class SavePlan(TongxinDb db) : IHandler
{
    public const int MaxSpan = 10;

    public sealed record Request(string? Title, int? StartYear, int? EndYear, string? DocumentNo = null,
        string? Summary = null, long Version = 0);

    public async Task<Guid> HandleAsync(Guid? id, Request r, CancellationToken ct = default)
    {
        new Check().Required(nameof(r.Title), Loc.T("规划名称", "Plan title"), r.Title, 200)
            .Optional(nameof(r.DocumentNo), Loc.T("文号", "Document number"), r.DocumentNo, 100)
            .Optional(nameof(r.Summary), Loc.T("概述", "Summary"), r.Summary, 4000)
            .That(r.StartYear is >= 2000 and <= 2100, nameof(r.StartYear), Loc.T("请填写起始年份", "Enter the first year"))
            .That(r.EndYear is >= 2000 and <= 2100, nameof(r.EndYear), Loc.T("请填写截止年份", "Enter the last year"))
            .That(r.StartYear is null || r.EndYear is null || r.StartYear <= r.EndYear, nameof(r.EndYear),
                Loc.T("截止年份不能早于起始年份", "The last year cannot be before the first"))
            .That(r.StartYear is null || r.EndYear is null || r.EndYear - r.StartYear < MaxSpan, nameof(r.EndYear),
                Loc.T($"规划跨度不能超过 {MaxSpan} 年", $"A plan spans at most {MaxSpan} years"))
            .ThrowIfAny();
        Plan plan;
        if (id is { } existing)
        {
            plan = await PlanRows.WritableAsync<Plan>(db, existing, Loc.T("规划", "Plan"), ct);
            db.Entry(plan).Property(x => x.Version).OriginalValue = r.Version;
            if (r.StartYear > plan.StartYear || r.EndYear < plan.EndYear)
            {
                var outside = await db.Set<Goal>().AnyAsync(g => g.PlanId == plan.Id && g.Level == GoalLevel.Annual
                    && (g.Year < r.StartYear || g.Year > r.EndYear), ct);
                new Check().That(!outside, nameof(r.EndYear), Loc.T("已有年度目标不在新的年份范围内",
                    "Some annual goals fall outside the new years")).ThrowIfAny();
            }
        }
        else
        {
            var home = await PlanRows.HomeAsync(db, ct);
            plan = db.Add(new Plan { Title = "", NodeId = home.Id, NodePath = home.NodePath }).Entity;
        }
        plan.Title = r.Title!.Trim();
        (plan.StartYear, plan.EndYear) = (r.StartYear!.Value, r.EndYear!.Value);
        plan.DocumentNo = Check.Clean(r.DocumentNo);
        plan.Summary = r.Summary?.Trim() is { Length: > 0 } s ? s : null;
        await db.SaveChangesAsync(ct);
        return plan.Id;
    }
}
