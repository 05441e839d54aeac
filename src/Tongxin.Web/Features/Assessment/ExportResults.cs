using Tongxin.Data.Audit;
using Tongxin.Domain.Assessment;
using Tongxin.Web.Features.Export;

namespace Tongxin.Web.Features.Assessment;

/// <summary>
/// The score table to Excel (ASM-5): rank, town, every category, total, change on last year, 问责; audited.
/// </summary>
public sealed class ExportResults(GetResults results, TongxinDb db, TimeProvider clock) : IHandler
{
    public async Task<(string Name, byte[] Content)> HandleAsync(int? year, CancellationToken ct = default)
    {
        var r = await results.HandleAsync(year, ct);
        if (r.Scheme is null) throw new NotFoundException(Loc.T("考核结果", "Assessment results"));
        var now = clock.GetUtcNow().UtcDateTime;
        var categories = r.Rows.FirstOrDefault()?.Categories
            .Select(c => $"{c.Title}（{Points.Format(c.Points)}）").ToList() ?? [];
        string[] headers = ["名次", "单位", .. categories, "总分", "较上年", "问责", "失分项"];
        var rows = r.Rows.Select(x => (IReadOnlyList<object?>)[
            x.Rank, x.Town, .. x.Categories.Select(c => (object?)(c.Score / 10m)), x.Total / 10m,
            x.LastYear is { } l ? (x.Total - l) / 10m : null, x.Flagged ? "问责" : "",
            string.Join("；", x.Lost.Take(5)
                .Select(i => $"{i.Title} {Points.Format(i.Final)}/{Points.Format(i.Points)}"))]);
        var filter = $"{r.Scheme.Year} 年 {r.Scheme.Title}"
            + (r.Preview ? "（未公布，预览）" : "（已公布）")
            + $"；问责线 {Points.Format(r.Scheme.Threshold)} 分";
        var content = ExcelSheet.Build(
            "考核结果与排名", filter, db.CurrentUser.UserName ?? "", now, headers, rows);
        db.AddAuditEvent(AuditEvents.Export, "AssessmentResult", r.Scheme.Id.ToString(), db.CurrentUser.ScopePath,
            details: new { rows = r.Rows.Count, filter });
        await db.SaveChangesAsync(ct);
        return (ListExport.FileName($"考核结果_{r.Scheme.Year}", now), content);
    }
}
