namespace Tongxin.Web.Features.Duties;

/// <summary>
/// Drill-down (OBL-3): the activities of a subject in a year of the rule's types, each with whether it counted and
/// why not.
/// </summary>
public sealed class GetDutyActivities(TongxinDb db) : IHandler
{
    public sealed record Item(Guid Id, DateOnly Date, string Type, string Topic, bool Counted, string? Reason);

    public async Task<IReadOnlyList<Item>> HandleAsync(
        Guid ruleId, Guid subjectId, int year, CancellationToken ct = default)
    {
        var rule = await db.DutyRules.AsNoTracking().SingleOrDefaultAsync(r => r.Id == ruleId, ct)
            ?? throw new NotFoundException(Loc.T("制度任务", "Duty"));
        var types = DutyCounts.Types(rule);
        var activities = db.Activities.AsNoTracking().Where(a => a.Year == year && types.Contains(a.Type));
        activities = rule.SubjectKind switch
        {
            DutySubjectKind.Body or DutySubjectKind.BodyType => activities.Where(a => a.BodyId == subjectId),
            DutySubjectKind.MemberUnit => activities.Where(a => a.MemberUnitId == subjectId),
            DutySubjectKind.NodeLevel => activities.Where(a => a.NodeId == subjectId),
            _ => activities.Where(a => a.PersonId == subjectId),
        };
        var items = (await activities.OrderBy(a => a.Date).ToListAsync(ct)).Select(a =>
        {
            var reason = rule.DayOfMonth is { } d && a.Day != d
                ? Loc.T($"不是每月 {d} 日的活动", $"Not on day {d} of the month")
                : rule.EvidenceRequired && !a.HasEvidence
                    ? Loc.T("缺少佐证材料（纪要或附件）", "No evidence (minutes or attachment)")
                    : null;
            return new Item(a.Id, a.Date, a.Type, a.Topic, reason is null, reason);
        }).ToList();
        if (rule.SubjectKind == DutySubjectKind.FriendshipLeader)
        {
            var (from, to) = (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
            var contacts = await db.FriendshipContacts.AsNoTracking().Where(c => c.Date >= from && c.Date <= to)
                .Join(db.Friendships.Where(f => f.LeaderId == subjectId), c => c.FriendshipId, f => f.Id, (c, f) => c)
                .OrderBy(c => c.Date).ToListAsync(ct);
            items.AddRange(contacts.Select(c =>
                new Item(c.Id, c.Date, DutyCounts.FriendshipType, $"{c.Form}：{c.Topic}", true, null)));
        }
        return items.OrderBy(i => i.Date).ToList();
    }
}
