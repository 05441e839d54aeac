using Tongxin.Domain.Duties;

namespace Tongxin.Web.Features.Duties;

/// <summary>
/// 落实情况 (OBL-2, OBL-3): every active rule × subject in scope for a year with <c>done / required</c> and
/// status, filterable by node, status and rule. Statuses are computed on read, so an edited rule is reflected at once
/// (OBL-5).
/// </summary>
public sealed class GetCompliance(TongxinDb db, TimeProvider clock) : IHandler
{
    public sealed record Query(
        int? Year = null, Guid? NodeId = null, DutyStatus? Status = null, Guid? RuleId = null,
        int Page = 1, int PageSize = 50);
    public sealed record Row(
        Guid RuleId, string Code, string Title, Guid SubjectId, string Subject, string NodePath, DutyStatus Status,
        int Done, int Required, int Missing, int WithoutEvidence, bool EvidenceRequired, int? DayOfMonth)
    {
        /// <summary>
        /// The status and what is missing, in the reader's language (an API client's Accept-Language).
        /// </summary>
        public string StatusText => StatusName(Status);

        public string Note => Explain(this);
    }
    public sealed record Result(int Year, Paged<Row> Page, IReadOnlyDictionary<DutyStatus, int> ByStatus);

    public async Task<Result> HandleAsync(Query q, CancellationToken ct = default)
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var year = q.Year ?? today.Year;
        var rows = await AllAsync(year, q.NodeId, q.RuleId, today, ct);
        var byStatus = rows.GroupBy(r => r.Status).ToDictionary(g => g.Key, g => g.Count());
        if (q.Status is { } status) rows = rows.Where(r => r.Status == status).ToList();
        var size = Paging.Size(q.PageSize);
        var page = Math.Max(1, q.Page);
        return new Result(year,
            new Paged<Row>(rows.Skip((page - 1) * size).Take(size).ToList(), rows.Count, page, size), byStatus);
    }

    public async Task<List<Row>> AllAsync(int year, Guid? nodeId, Guid? ruleId, DateOnly today, CancellationToken ct)
    {
        var within = nodeId is { } n
            ? await db.Regions.Where(r => r.Id == n).Select(r => r.NodePath).FirstOrDefaultAsync(ct)
                ?? throw new NotFoundException(Loc.T("节点", "Node"))
            : null;
        var rules = await db.DutyRules.AsNoTracking()
            .Where(r => r.Active && (ruleId == null || r.Id == ruleId)).ToListAsync(ct);
        var rows = new List<Row>();
        foreach (var rule in rules.OrderBy(r => r.NodePath.Length).ThenBy(r => r.Code.Length).ThenBy(r => r.Code))
        {
            var subjects = await DutySubjects.ForAsync(db, rule, within, ct);
            if (subjects.Count == 0) continue;
            var counts = await DutyCounts.ForAsync(db, rule, year, subjects.Select(s => s.Id).ToList(), within, ct);
            // not yet in being that year: no row
            foreach (var s in subjects.Where(s => s.ExistsFrom is not { } f || f.Year <= year))
            {
                var c = counts.GetValueOrDefault(s.Id) ?? new DutyCounts.Count(0, 0);
                var j = DutyStatusRule.Judge(c.Counted, rule.Minimum, year, today, s.ExistsFrom);
                rows.Add(new Row(rule.Id, rule.Code, rule.Title, s.Id, s.Name, s.NodePath, j.Status, j.Done,
                    j.Required, j.Missing, c.WithoutEvidence, rule.EvidenceRequired, rule.DayOfMonth));
            }
        }
        return rows;
    }

    public static string StatusName(DutyStatus s) => s switch
    {
        DutyStatus.Done => Loc.T("已完成", "Done"),
        DutyStatus.OnTrack => Loc.T("正常", "On track"),
        DutyStatus.Behind => Loc.T("滞后", "Behind"),
        _ => Loc.T("未完成", "Missed"),
    };

    /// <summary>What is missing, in words, for reminders (OBL-4) and the view.</summary>
    public static string Explain(Row r) => r.Status switch
    {
        DutyStatus.Done => Loc.T("已完成", "Done"),
        _ => Loc.T($"还差 {r.Missing} 次", $"{r.Missing} more needed") + (r.WithoutEvidence > 0
            ? Loc.T($"；另有 {r.WithoutEvidence} 次缺少佐证材料未计入",
            $"; {r.WithoutEvidence} more not counted for lack of evidence") : "")
            + (r.DayOfMonth is { } d
                ? Loc.T($"（仅计每月 {d} 日的活动）", $" (only activities on day {d} of the month count)")
                : ""),
    };
}
