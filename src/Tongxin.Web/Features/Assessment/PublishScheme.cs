using Tongxin.Data.Audit;
using Tongxin.Domain.Assessment;

namespace Tongxin.Web.Features.Assessment;

/// <summary>
/// Publish a draft scheme (ASM-1): refused unless the points sum to exactly 100 with consistent categories. In the
/// same transaction every node one level below the scheme's node gets its assessment, opened for 自评.
/// </summary>
public sealed class PublishScheme(TongxinDb db, TimeProvider clock) : IHandler
{
    public async Task<int> HandleAsync(Guid id, long version, CancellationToken ct = default)
    {
        var scheme = await db.AssessmentSchemes.SingleOrDefaultAsync(s => s.Id == id, ct)
            ?? throw new NotFoundException(Loc.T("考核方案", "Assessment scheme"));
        if (scheme.Status == SchemeStatus.Published) throw new ConflictException(Loc.T("方案已发布",
            "The scheme is already published"));
        var indicators = await db.Indicators.AsNoTracking().Where(i => i.SchemeId == id).ToListAsync(ct);
        var nodes = indicators.Select(i => new SchemeNode(i.Id, i.ParentId, i.Title, i.Points)).ToList();
        var problems = SchemeRules.Validate(nodes);
        if (problems.Count > 0)
            throw new InvalidInputException(new Dictionary<string, string[]> { ["Scheme"] = problems.ToArray() });
        var assessed = await db.Regions.AsNoTracking().Where(r => r.ParentId == scheme.NodeId).OrderBy(r => r.Code)
            .ToListAsync(ct);
        if (assessed.Count == 0) throw new ConflictException(Loc.T("本级没有下级单位可以考核",
            "There are no units below this level to assess"));

        await using var tx = await db.BeginWriteAsync(ct);
        db.Entry(scheme).Property(x => x.Version).OriginalValue = version;
        (scheme.Status, scheme.PublishedUtc) = (SchemeStatus.Published, clock.GetUtcNow().UtcDateTime);
        var leaves = SchemeRules.Leaves(nodes);
        foreach (var node in assessed)
        {
            var a = db.TownAssessments.Add(new TownAssessment
            {
                SchemeId = id, Year = scheme.Year, NodeId = node.Id, NodePath = node.NodePath,
            }).Entity;
            foreach (var leaf in leaves)
                db.Scores.Add(new Score
                {
                    AssessmentId = a.Id, IndicatorId = leaf.Id, NodeId = node.Id, NodePath = node.NodePath,
                });
        }
        db.AddAuditEvent(AuditEvents.Publish, nameof(AssessmentScheme), id.ToString(), scheme.NodePath,
            details: new { scheme.Year, towns = assessed.Count });
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return assessed.Count;
    }
}
