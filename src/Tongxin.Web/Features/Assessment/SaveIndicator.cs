using Tongxin.Domain.Assessment;

namespace Tongxin.Web.Features.Assessment;

/// <summary>
/// Add or edit an indicator of a draft scheme: a category (no parent) or an item, its points, criteria and optional
/// auto source (ASM-1, ASM-2).
/// </summary>
public sealed class SaveIndicator(TongxinDb db, AutoSources sources) : IHandler
{
    public sealed record Request(
        Guid? ParentId, string? Title, string? Points, string? Criteria, string? AutoSource, int? SortOrder = null,
        long Version = 0);

    public async Task<Guid> HandleAsync(Guid schemeId, Guid? id, Request r, CancellationToken ct = default)
    {
        var scheme = await db.AssessmentSchemes.SingleOrDefaultAsync(s => s.Id == schemeId, ct)
            ?? throw new NotFoundException(Loc.T("考核方案", "Assessment scheme"));
        if (scheme.Status == SchemeStatus.Published)
            throw new ConflictException(Loc.T("方案已发布，不能再修改指标",
                "The scheme is published; its indicators can no longer change"));
        var points = Points.Parse(r.Points);
        var source = Check.Clean(r.AutoSource);
        var check = new Check().Required(nameof(r.Title), Loc.T("指标名称", "Indicator name"), r.Title, 200)
            .Optional(nameof(r.Criteria), Loc.T("评分标准", "Scoring criteria"), r.Criteria, 1000)
            .That(points is > 0 and <= Points.Full, nameof(r.Points),
                Loc.T("分值应大于 0、不超过 100，最多一位小数",
                    "Points must be above 0 and at most 100, with at most one decimal"))
            .That(source is null || sources.Knows(source), nameof(r.AutoSource),
                Loc.T("自动评分的数据来源不存在", "The automatic scoring source does not exist"));
        check.That(r.ParentId is null
                || await db.Indicators.AnyAsync(i => i.Id == r.ParentId && i.SchemeId == schemeId && i.Id != id, ct),
            nameof(r.ParentId), Loc.T("上级指标不存在", "The parent indicator does not exist"));
        check.ThrowIfAny();
        var indicator = id is { } existing
            ? await db.Indicators.SingleOrDefaultAsync(i => i.Id == existing && i.SchemeId == schemeId, ct)
                ?? throw new NotFoundException(Loc.T("指标", "Indicator"))
            : db.Indicators.Add(new Indicator
            {
                SchemeId = schemeId, Title = "", NodeId = scheme.NodeId, NodePath = scheme.NodePath,
            }).Entity;
        if (id is not null) db.Entry(indicator).Property(x => x.Version).OriginalValue = r.Version;
        var order = r.SortOrder ?? (id is null
            ? (await db.Indicators.Where(i => i.SchemeId == schemeId).MaxAsync(i => (int?)i.SortOrder, ct) ?? 0) + 10
            : indicator.SortOrder);
        (indicator.ParentId, indicator.Title, indicator.Points, indicator.Criteria, indicator.AutoSource,
                indicator.SortOrder) =
            (r.ParentId, r.Title!.Trim(), points!.Value, Check.Clean(r.Criteria), source, order);
        await db.SaveChangesAsync(ct);
        return indicator.Id;
    }
}
