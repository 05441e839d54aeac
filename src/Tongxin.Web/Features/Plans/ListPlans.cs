namespace Tongxin.Web.Features.Plans;

/// <summary>The plans in scope (PLN-1): a county plan is read by the towns below (reference data).</summary>
public sealed class ListPlans(TongxinDb db) : IHandler
{
    public sealed record Query(string? Q = null, int Page = 1, int PageSize = 20);
    public sealed record Row(Guid Id, string Title, int StartYear, int EndYear, string? DocumentNo, int Goals,
        int Tasks, string NodePath);

    public async Task<Paged<Row>> HandleAsync(Query q, CancellationToken ct = default)
    {
        var plans = db.Set<Plan>().AsNoTracking();
        if (Check.Clean(q.Q) is { } text) plans = plans.Where(p => p.Title.Contains(text));
        return await plans.OrderByDescending(p => p.StartYear).ThenBy(p => p.Title).ThenBy(p => p.Id)
            .Select(p => new Row(p.Id, p.Title, p.StartYear, p.EndYear, p.DocumentNo,
                db.Set<Goal>().Count(g => g.PlanId == p.Id), db.Set<WorkTask>().Count(t => t.PlanId == p.Id),
                p.NodePath))
            .ToPagedAsync(q.Page, q.PageSize, ct);
    }
}
