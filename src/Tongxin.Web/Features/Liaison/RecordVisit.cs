using Tongxin.Domain.Time;

namespace Tongxin.Web.Features.Liaison;

/// <summary>
/// Record a 调研督查 visit at a town (LIA-2). A cross-check (异地交叉检查, LIA-4) is refused when a visitor is the
/// cadre who liaises with that town that year.
/// </summary>
public sealed class RecordVisit(TongxinDb db, CurrentUser user, TimeProvider clock) : IHandler
{
    public sealed record Request(DateOnly? Date, string? Kind, Guid? NodeId, string? Visitors, string? Findings,
        bool CrossCheck = false);

    public async Task<Guid> HandleAsync(Request r, CancellationToken ct = default)
    {
        var today = ChinaTime.Today(clock);
        var visitors = LiaisonTowns.Names(r.Visitors);
        var joined = string.Join("、", visitors);
        var check = new Check()
            .That(r.Date is { Year: >= 2000 } && r.Date <= today, nameof(r.Date),
                Loc.T("请填写日期（不晚于今天）", "Enter the date (not later than today)"))
            .That(Visit.Kinds.Contains(r.Kind), nameof(r.Kind), Loc.T("请选择类型", "Choose a kind"))
            .That(visitors.Count > 0, nameof(r.Visitors), Loc.T("请填写参加人员（以“、”分隔）",
                "Enter who went (separated by “、”)"))
            .That(joined.Length <= 500, nameof(r.Visitors), Loc.T("参加人员最多 500 字", "At most 500 characters"))
            .Required(nameof(r.Findings), Loc.T("发现问题", "Findings"), r.Findings, 8000);
        var town = await db.TownAsync(r.NodeId, check, nameof(r.NodeId), ct);
        if (r.CrossCheck && town is not null && r.Date is { } date)
        {
            var cadre = await db.Set<LiaisonAssignment>().AsNoTracking()
                .Where(a => a.Year == date.Year && a.NodeId == town.Id).Select(a => a.CadreName)
                .SingleOrDefaultAsync(ct);
            check.That(cadre is null || !visitors.Contains(cadre), nameof(r.Visitors),
                Loc.T($"{cadre} 是{town.Name} {date.Year} 年的联系干部，不能参加对该镇街的交叉检查",
                    $"{cadre} liaises with {town.Name} in {date.Year} and cannot cross-check it"));
        }
        check.ThrowIfAny();
        var visit = db.Set<Visit>().Add(new Visit
        {
            Date = r.Date!.Value, Kind = r.Kind!, Visitors = joined, Findings = r.Findings!.Trim(),
            CrossCheck = r.CrossCheck, RecordedBy = user.UserId, NodeId = town!.Id, NodePath = town.NodePath,
        }).Entity;
        await db.SaveChangesAsync(ct);
        return visit.Id;
    }
}
