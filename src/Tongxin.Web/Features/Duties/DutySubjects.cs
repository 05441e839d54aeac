using Tongxin.Data.Scope;
using Tongxin.Domain.Regions;

namespace Tongxin.Web.Features.Duties;

/// <summary>
/// One subject a rule applies to: a body, a node or a person, with the date it came into being (if known).
/// </summary>
public sealed record DutySubject(Guid Id, string Name, string NodePath, Guid NodeId, DateOnly? ExistsFrom);

/// <summary>
/// The subjects of a rule inside the rule's subtree and the viewer's scope (the shared filter applies; a unit liaison
/// gets only their unit).
/// </summary>
public static class DutySubjects
{
    public static async Task<List<DutySubject>> ForAsync(
        TongxinDb db, DutyRule rule, string? within, CancellationToken ct)
    {
        var inside = within ?? rule.NodePath;
        var unit = db.CurrentUser.MemberUnitId;
        // A 成员单位联络人 sees only their own unit's duties; other subjects' counts would be missing their
        // activities.
        if (unit is not null && rule.SubjectKind != DutySubjectKind.MemberUnit) return [];
        switch (rule.SubjectKind)
        {
            case DutySubjectKind.MemberUnit:
                var units = db.MemberUnits.InSubtree(rule.NodePath).InSubtree(inside);
                if (rule.SubjectBodyId is { } of) units = units.Where(u => u.BodyId == of);
                if (unit is { } own) units = units.Where(u => u.Id == own);
                return await units.OrderBy(u => u.NodePath).ThenBy(u => u.UnitName)
                    .Select(u => new DutySubject(u.Id, u.UnitName, u.NodePath, u.NodeId, null)).ToListAsync(ct);
            case DutySubjectKind.Body:
                return await db.Bodies.InSubtree(within ?? "/").Where(b => b.Id == rule.SubjectBodyId)
                    .Select(b => new DutySubject(b.Id, b.Name, b.NodePath, b.NodeId, null)).ToListAsync(ct);
            case DutySubjectKind.BodyType:
                return await db.Bodies.InSubtree(rule.NodePath).InSubtree(inside)
                    .Where(b => b.Type == rule.SubjectBodyType)
                    .OrderBy(b => b.NodePath)
                    .Select(b => new DutySubject(b.Id, b.Name, b.NodePath, b.NodeId, null)).ToListAsync(ct);
            case DutySubjectKind.NodeLevel:
                var level = (RegionLevel)(rule.SubjectLevel ?? 0);
                return await db.Regions.InSubtree(rule.NodePath).InSubtree(inside).Where(r => r.Level == level)
                    .OrderBy(r => r.NodePath)
                    .Select(r => new DutySubject(r.Id, r.Name, r.NodePath, r.Id, null)).ToListAsync(ct);
            case DutySubjectKind.FriendshipLeader:
                var pairs = await db.Friendships.InSubtree(rule.NodePath).InSubtree(inside)
                    .GroupBy(f => f.LeaderId).Select(g => new { g.Key, Since = g.Min(f => f.Since) }).ToListAsync(ct);
                var ids = pairs.Select(p => p.Key).ToList();
                var people = await db.People.Where(p => ids.Contains(p.Id))
                    .Select(p => new { p.Id, p.Name, p.NodePath, p.NodeId }).ToListAsync(ct);
                return people
                    .Select(p => new DutySubject(p.Id, p.Name, p.NodePath, p.NodeId,
                        pairs.First(x => x.Key == p.Id).Since))
                    .OrderBy(p => p.NodePath).ToList();
            default:
                return [];
        }
    }
}
