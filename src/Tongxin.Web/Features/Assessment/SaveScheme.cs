using Microsoft.EntityFrameworkCore;
using Tongxin.Data;
using Tongxin.Data.Entities;
using Tongxin.Domain.Assessment;
using Tongxin.Web.Infrastructure;

namespace Tongxin.Web.Features.Assessment;

/// <summary>Create a draft scheme at the user's home node, or edit a draft's year, title, document and 问责 line (ASM-1).</summary>
public sealed class SaveScheme(TongxinDb db) : IHandler
{
    public sealed record Request(int Year, string? Title, Guid? DocumentId, string? Threshold, string? Issuer = null, long Version = 0);

    public async Task<Guid> HandleAsync(Guid? id, Request r, CancellationToken ct = default)
    {
        var threshold = Points.Parse(r.Threshold);
        var check = new Check().That(r.Year is >= 2000 and <= 2100, nameof(r.Year), "请填写年度（2000–2100）")
            .Required(nameof(r.Title), "方案名称", r.Title, 200).Optional(nameof(r.Issuer), "发文机关", r.Issuer, 100)
            .That(threshold is >= 0 and <= Points.Full, nameof(r.Threshold), "问责分数线应为 0–100 分，最多一位小数");
        check.That(r.DocumentId is null || await db.Documents.AnyAsync(d => d.Id == r.DocumentId, ct), nameof(r.DocumentId), "文件不存在");
        var scheme = id is { } existing ? await db.AssessmentSchemes.SingleOrDefaultAsync(s => s.Id == existing, ct) ?? throw new NotFoundException("考核方案") : null;
        var home = scheme is null ? await db.Regions.SingleAsync(x => x.NodePath == db.CurrentUser.ScopePath, ct) : null;
        var nodeId = scheme?.NodeId ?? home!.Id;
        check.That(!await db.AssessmentSchemes.AnyAsync(s => s.NodeId == nodeId && s.Year == r.Year && s.Id != id, ct), nameof(r.Year), $"{r.Year} 年的考核方案已存在");
        check.ThrowIfAny();
        if (scheme is null) scheme = db.AssessmentSchemes.Add(new AssessmentScheme { Title = "", NodeId = home!.Id, NodePath = home.NodePath }).Entity;
        else
        {
            if (scheme.Status == SchemeStatus.Published) throw new ConflictException("方案已发布，不能再修改");
            db.Entry(scheme).Property(x => x.Version).OriginalValue = r.Version;
        }
        (scheme.Year, scheme.Title, scheme.DocumentId, scheme.Threshold) = (r.Year, r.Title!.Trim(), r.DocumentId, threshold!.Value);
        scheme.Issuer = Check.Clean(r.Issuer) ?? (scheme.Issuer.Length > 0 ? scheme.Issuer : $"{home?.Name}统战工作领导小组办公室");
        await db.SaveChangesAsync(ct);
        return scheme.Id;
    }
}
