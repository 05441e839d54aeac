namespace Tongxin.Web.Features.Assessment;

/// <summary>Remove an indicator of a draft scheme, with the items under it.</summary>
public sealed class RemoveIndicator(TongxinDb db) : IHandler
{
    public async Task HandleAsync(Guid schemeId, Guid id, CancellationToken ct = default)
    {
        var scheme = await db.AssessmentSchemes.AsNoTracking().SingleOrDefaultAsync(s => s.Id == schemeId, ct)
            ?? throw new NotFoundException(Loc.T("考核方案", "Assessment scheme"));
        if (scheme.Status == SchemeStatus.Published)
            throw new ConflictException(Loc.T("方案已发布，不能再修改指标",
                "The scheme is published; its indicators can no longer change"));
        var all = await db.Indicators.Where(i => i.SchemeId == schemeId).ToListAsync(ct);
        if (all.All(i => i.Id != id)) throw new NotFoundException(Loc.T("指标", "Indicator"));
        var doomed = new HashSet<Guid> { id };
        for (var added = true; added;)
        {
            var more = all.Where(i => i.ParentId is { } p && doomed.Contains(p) && !doomed.Contains(i.Id))
                .Select(i => i.Id).ToList();
            added = more.Count > 0;
            doomed.UnionWith(more);
        }
        db.Indicators.RemoveRange(all.Where(i => doomed.Contains(i.Id)));
        await db.SaveChangesAsync(ct);
    }
}
