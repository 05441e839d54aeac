using Microsoft.EntityFrameworkCore;
using Tongxin.Data;
using Tongxin.Data.Entities;
using Tongxin.Domain.Regions;

namespace Tongxin.Web.Features.Duties;

/// <summary>One subject a rule applies to: a body, a node or a person, with the date it came into being (if known).</summary>
public sealed record DutySubject(Guid Id, string Name, string NodePath, Guid NodeId, DateOnly? ExistsFrom);

/// <summary>The subjects of a rule inside the rule's subtree and the viewer's scope (the shared filter applies).</summary>
public static class DutySubjects
{
    public static async Task<List<DutySubject>> ForAsync(TongxinDb db, DutyRule rule, string? within, CancellationToken ct)
    {
        var (low, high) = (rule.NodePath, NodePath.Upper(rule.NodePath));
        var (wLow, wHigh) = within is null ? ("", "\uffff") : (within, NodePath.Upper(within));
        switch (rule.SubjectKind)
        {
            case DutySubjectKind.Body:
                return await db.Bodies.Where(b => b.Id == rule.SubjectBodyId && string.Compare(b.NodePath, wLow) >= 0 && string.Compare(b.NodePath, wHigh) < 0)
                    .Select(b => new DutySubject(b.Id, b.Name, b.NodePath, b.NodeId, null)).ToListAsync(ct);
            case DutySubjectKind.BodyType:
                return await db.Bodies.Where(b => b.Type == rule.SubjectBodyType && string.Compare(b.NodePath, low) >= 0 && string.Compare(b.NodePath, high) < 0
                        && string.Compare(b.NodePath, wLow) >= 0 && string.Compare(b.NodePath, wHigh) < 0)
                    .OrderBy(b => b.NodePath).Select(b => new DutySubject(b.Id, b.Name, b.NodePath, b.NodeId, null)).ToListAsync(ct);
            case DutySubjectKind.NodeLevel:
                var level = (RegionLevel)(rule.SubjectLevel ?? 0);
                return await db.Regions.Where(r => r.Level == level && string.Compare(r.NodePath, low) >= 0 && string.Compare(r.NodePath, high) < 0
                        && string.Compare(r.NodePath, wLow) >= 0 && string.Compare(r.NodePath, wHigh) < 0)
                    .OrderBy(r => r.NodePath).Select(r => new DutySubject(r.Id, r.Name, r.NodePath, r.Id, null)).ToListAsync(ct);
            case DutySubjectKind.FriendshipLeader:
                var pairs = await db.Friendships.Where(f => string.Compare(f.NodePath, low) >= 0 && string.Compare(f.NodePath, high) < 0
                        && string.Compare(f.NodePath, wLow) >= 0 && string.Compare(f.NodePath, wHigh) < 0)
                    .GroupBy(f => f.LeaderId).Select(g => new { g.Key, Since = g.Min(f => f.Since) }).ToListAsync(ct);
                var ids = pairs.Select(p => p.Key).ToList();
                var people = await db.People.Where(p => ids.Contains(p.Id)).Select(p => new { p.Id, p.Name, p.NodePath, p.NodeId }).ToListAsync(ct);
                return people.Select(p => new DutySubject(p.Id, p.Name, p.NodePath, p.NodeId, pairs.First(x => x.Key == p.Id).Since)).OrderBy(p => p.NodePath).ToList();
            default:
                return [];
        }
    }
}
