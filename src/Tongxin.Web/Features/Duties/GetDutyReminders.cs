using Tongxin.Domain.Duties;

namespace Tongxin.Web.Features.Duties;

/// <summary>
/// OBL-4 and the dashboard card: this year's duties in the user's scope that are behind, with what is missing.
/// </summary>
public sealed class GetDutyReminders(GetCompliance compliance, TimeProvider clock) : IHandler
{
    public sealed record Result(
        int Year, IReadOnlyDictionary<DutyStatus, int> ByStatus, int Behind, IReadOnlyList<GetCompliance.Row> Top);

    public async Task<Result> HandleAsync(int take = 8, CancellationToken ct = default)
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var rows = await compliance.AllAsync(today.Year, null, null, today, ct);
        var behind = rows.Where(r => r.Status is DutyStatus.Behind or DutyStatus.Missed)
            .OrderByDescending(r => r.Missing).ThenBy(r => r.Code).ToList();
        return new Result(today.Year, rows.GroupBy(r => r.Status).ToDictionary(g => g.Key, g => g.Count()),
            behind.Count, behind.Take(take).ToList());
    }
}
