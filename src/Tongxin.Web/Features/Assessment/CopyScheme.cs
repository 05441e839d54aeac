namespace Tongxin.Web.Features.Assessment;

/// <summary>
/// Start a year's draft at the user's node from an existing scheme (last year's, usually): the whole tree with
/// points, criteria and sources (ASM-1).
/// </summary>
public sealed class CopyScheme(TongxinDb db) : IHandler
{
    public async Task<Guid> HandleAsync(Guid fromId, int year, CancellationToken ct = default)
    {
        var from = await db.AssessmentSchemes.AsNoTracking().SingleOrDefaultAsync(s => s.Id == fromId, ct)
            ?? throw new NotFoundException(Loc.T("考核方案", "Assessment scheme"));
        var home = await db.Regions.AsNoTracking().SingleAsync(x => x.NodePath == db.CurrentUser.ScopePath, ct);
        var check = new Check().That(year is >= 2000 and <= 2100, "Year", Loc.T("请填写年度（2000–2100）",
            "Enter a year (2000–2100)"));
        check.That(!await db.AssessmentSchemes.AnyAsync(s => s.NodeId == home.Id && s.Year == year, ct), "Year",
            Loc.T($"{year} 年的考核方案已存在", $"A scheme for {year} already exists"));
        check.ThrowIfAny();
        var copy = db.AssessmentSchemes.Add(new AssessmentScheme
        {
            Year = year, Title = from.Title.Replace(from.Year.ToString(), year.ToString()), Issuer = from.Issuer,
            DocumentId = from.DocumentId, Threshold = from.Threshold,
            NodeId = home.Id, NodePath = home.NodePath,
        }).Entity;
        var indicators = await db.Indicators.AsNoTracking().Where(i => i.SchemeId == fromId)
            .OrderBy(i => i.SortOrder).ToListAsync(ct);
        var ids = indicators.ToDictionary(i => i.Id, _ => Guid.CreateVersion7());
        foreach (var i in indicators)
            db.Indicators.Add(new Indicator
            {
                Id = ids[i.Id], SchemeId = copy.Id, ParentId = i.ParentId is { } p ? ids[p] : null, Title = i.Title,
                Criteria = i.Criteria, Points = i.Points,
                SortOrder = i.SortOrder, AutoSource = i.AutoSource, NodeId = copy.NodeId, NodePath = copy.NodePath,
            });
        await db.SaveChangesAsync(ct);
        return copy.Id;
    }
}
