using Tongxin.Domain.Assessment;

namespace Tongxin.Web.Features.Assessment;

/// <summary>
/// Create a draft scheme at the user's home node, or edit a draft's year, title, document and 问责 line (ASM-1).
/// </summary>
public sealed class SaveScheme(TongxinDb db) : IHandler
{
    public sealed record Request(
        int Year, string? Title, Guid? DocumentId, string? Threshold, string? Issuer = null, long Version = 0);

    public async Task<Guid> HandleAsync(Guid? id, Request r, CancellationToken ct = default)
    {
        var threshold = Points.Parse(r.Threshold);
        var check = new Check()
            .That(r.Year is >= 2000 and <= 2100, nameof(r.Year),
                Loc.T("请填写年度（2000–2100）", "Enter a year (2000–2100)"))
            .Required(nameof(r.Title), Loc.T("方案名称", "Scheme name"), r.Title, 200)
            .Optional(nameof(r.Issuer), Loc.T("发文机关", "Issuing authority"), r.Issuer, 100)
            .That(threshold is >= 0 and <= Points.Full, nameof(r.Threshold),
                Loc.T("问责分数线应为 0–100 分，最多一位小数",
                    "The accountability threshold must be 0–100, with at most one decimal"));
        check.That(r.DocumentId is null || await db.Documents.AnyAsync(d => d.Id == r.DocumentId, ct),
            nameof(r.DocumentId), Loc.T("文件不存在", "The document does not exist"));
        var scheme = id is { } existing ? await db.AssessmentSchemes.SingleOrDefaultAsync(s => s.Id == existing, ct)
            ?? throw new NotFoundException(Loc.T("考核方案", "Assessment scheme")) : null;
        var home = scheme is null
            ? await db.Regions.SingleAsync(x => x.NodePath == db.CurrentUser.ScopePath, ct)
            : null;
        var nodeId = scheme?.NodeId ?? home!.Id;
        check.That(!await db.AssessmentSchemes.AnyAsync(s => s.NodeId == nodeId && s.Year == r.Year && s.Id != id, ct),
            nameof(r.Year), Loc.T($"{r.Year} 年的考核方案已存在", $"A scheme for {r.Year} already exists"));
        check.ThrowIfAny();
        if (scheme is null)
            scheme = db.AssessmentSchemes.Add(
                new AssessmentScheme { Title = "", NodeId = home!.Id, NodePath = home.NodePath }).Entity;
        else
        {
            if (scheme.Status == SchemeStatus.Published)
                throw new ConflictException(Loc.T("方案已发布，不能再修改",
                    "The scheme is published and can no longer change"));
            db.Entry(scheme).Property(x => x.Version).OriginalValue = r.Version;
        }
        (scheme.Year, scheme.Title, scheme.DocumentId, scheme.Threshold) =
            (r.Year, r.Title!.Trim(), r.DocumentId, threshold!.Value);
        scheme.Issuer = Check.Clean(r.Issuer)
            ?? (scheme.Issuer.Length > 0 ? scheme.Issuer : $"{home?.Name}统战工作领导小组办公室");
        await db.SaveChangesAsync(ct);
        return scheme.Id;
    }
}
