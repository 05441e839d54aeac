using Tongxin.Data.Scope;

namespace Tongxin.Web.Features.Duties;

/// <summary>
/// Counting in the database (OBL): one grouped query per rule over the year's activities of the rule's types, matched
/// to subjects by body, member unit, node or person; activities without evidence are counted apart so the view can
/// say why.
/// </summary>
public static class DutyCounts
{
    public sealed record Count(int Counted, int WithoutEvidence);

    /// <summary>
    /// Above this many node subjects (a province's 70,000 villages) the count reads the rule's subtree instead of
    /// looking up every node: sending and planning the id list, and one index probe per node, cost more than reading
    /// the covering index's range (PostgreSQL, province data, S10: 0.8 s → 0.4 s). A node's activities carry its own
    /// path, so both ways count the same rows; nodes outside the subjects are dropped when the caller matches the
    /// counts to its subjects.
    /// </summary>
    public const int NodeListLimit = 10_000;

    /// <param name="within">
    /// The subtree the subjects were chosen in (the view's node), if narrower than the rule's.
    /// </param>
    public static async Task<Dictionary<Guid, Count>> ForAsync(
        TongxinDb db, DutyRule rule, int year, IReadOnlyCollection<Guid> subjects, string? within,
        CancellationToken ct, int nodeListLimit = NodeListLimit)
    {
        var types = Types(rule);
        var ids = subjects.ToList();
        var day = rule.DayOfMonth;
        var activities = db.Activities.Where(a => a.Year == year && types.Contains(a.Type));
        if (day is { } dom) activities = activities.Where(a => a.Day == dom);
        var grouped = rule.SubjectKind switch
        {
            DutySubjectKind.Body or DutySubjectKind.BodyType => activities
                .Where(a => a.BodyId != null && ids.Contains(a.BodyId.Value))
                .GroupBy(a => a.BodyId!.Value)
                .Select(g => new Row(g.Key, g.Count(a => a.HasEvidence), g.Count(a => !a.HasEvidence))),
            DutySubjectKind.MemberUnit => activities
                .Where(a => a.MemberUnitId != null && ids.Contains(a.MemberUnitId.Value))
                .GroupBy(a => a.MemberUnitId!.Value)
                .Select(g => new Row(g.Key, g.Count(a => a.HasEvidence), g.Count(a => !a.HasEvidence))),
            DutySubjectKind.NodeLevel => (ids.Count > nodeListLimit
                    ? activities.InSubtree(rule.NodePath).InSubtree(within ?? rule.NodePath)
                    : activities.Where(a => ids.Contains(a.NodeId)))
                .GroupBy(a => a.NodeId)
                .Select(g => new Row(g.Key, g.Count(a => a.HasEvidence), g.Count(a => !a.HasEvidence))),
            _ => activities.Where(a => a.PersonId != null && ids.Contains(a.PersonId.Value))
                .GroupBy(a => a.PersonId!.Value)
                .Select(g => new Row(g.Key, g.Count(a => a.HasEvidence), g.Count(a => !a.HasEvidence))),
        };
        var rows = await grouped.ToListAsync(ct);
        var result = rows.ToDictionary(r => r.Id, r => rule.EvidenceRequired
            ? new Count(r.WithEvidence, r.WithoutEvidence)
            : new Count(r.WithEvidence + r.WithoutEvidence, 0));
        if (rule.SubjectKind == DutySubjectKind.FriendshipLeader && types.Contains(FriendshipType))
        {
            var (from, to) = (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
            var joined = db.FriendshipContacts.Where(c => c.Date >= from && c.Date <= to)
                .Join(db.Friendships.Where(f => ids.Contains(f.LeaderId)), c => c.FriendshipId, f => f.Id,
                    (c, f) => new { f.LeaderId, c.Date });
            if (day is { } d) joined = joined.Where(x => x.Date.Day == d);
            var contacts = await joined.GroupBy(x => x.LeaderId)
                .Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
            foreach (var c in contacts)
                result[c.Key] = result.TryGetValue(c.Key, out var old)
                    ? old with { Counted = old.Counted + c.Count }
                    : new Count(c.Count, 0);
        }
        return result;
    }

    /// <summary>联谊交友: the contacts logged on pairs (PPL-4) count for R2 like recorded activities.</summary>
    public const string FriendshipType = "T06";

    public static List<string> Types(DutyRule rule) =>
        rule.ActivityTypes.Split('|', StringSplitOptions.RemoveEmptyEntries).ToList();

    private sealed record Row(Guid Id, int WithEvidence, int WithoutEvidence);
}
