using System.Net;
using System.Text;
using Tongxin.Data.Audit;
using Tongxin.Domain.Assessment;

namespace Tongxin.Web.Features.Assessment;

/// <summary>
/// 考核结果通知 for one town as an A4 PDF in 公文 style (ASM-5, RPT-2): red heading, the scheme document it
/// follows, the total, rank and category table, the items that lost points and, below the line, 问责. Published
/// results only.
/// </summary>
public sealed class PrintNotice(TongxinDb db, PdfPrinter printer, TimeProvider clock, AssessmentViewer viewer)
    : IHandler
{
    public async Task<(string Name, byte[] Content)> HandleAsync(Guid assessmentId, CancellationToken ct = default)
    {
        var a = await AssessmentAccess.FindAsync(db, viewer, assessmentId, ct);
        var result = await db.AssessmentResults.AsNoTracking().SingleOrDefaultAsync(r => r.AssessmentId == a.Id, ct)
                     ?? throw new ConflictException(Loc.T("考核结果尚未公布，不能打印通知",
                         "The results are not published yet, so the notice cannot be printed"));
        var scheme = await db.AssessmentSchemes.AsNoTracking().SingleAsync(s => s.Id == a.SchemeId, ct);
        var organ = scheme.Issuer.Length > 0 ? scheme.Issuer : "统战工作领导小组办公室";
        var doc = scheme.DocumentId is { } d
            ? await db.Documents.AsNoTracking().Where(x => x.Id == d).Select(x => new { x.Title, x.Number })
                .FirstOrDefaultAsync(ct)
            : null;
        var towns = await db.AssessmentResults.CountAsync(r => r.SchemeId == scheme.Id, ct);
        var html = Html(scheme, result, organ, doc is null ? null : $"《{doc.Title}》（{doc.Number}）", towns,
            DateOnly.FromDateTime((scheme.PublishedUtc ?? clock.GetUtcNow().UtcDateTime).Date));
        var pdf = await printer.PrintAsync(html, ct);
        db.AddAuditEvent(AuditEvents.Export, "AssessmentNotice", a.Id.ToString(), a.NodePath,
            details: new { result.TownName, scheme.Year });
        await db.SaveChangesAsync(ct);
        return ($"考核结果通知_{scheme.Year}_{result.TownName}.pdf", pdf);
    }

    private static string Html(
        AssessmentScheme scheme, AssessmentResult r, string organ, string? basis, int towns, DateOnly date)
    {
        static string E(string s) => WebUtility.HtmlEncode(s);
        var categories = System.Text.Json.JsonSerializer.Deserialize<List<ResultCategory>>(
            r.Categories, ResultJson.Options) ?? [];
        var lost = System.Text.Json.JsonSerializer.Deserialize<List<ResultItem>>(r.LostItems, ResultJson.Options) ?? [];
        var b = new StringBuilder();
        b.Append("""
            <!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><style>
            @page { size: A4; margin: 37mm 26mm 35mm 28mm; }
            body { font-family: "WenQuanYi Zen Hei", "Noto Serif CJK SC", serif; font-size: 16pt; line-height: 1.75;
                   color: #000; }
            .organ { text-align: center; color: #c00; font-size: 26pt; font-weight: bold; letter-spacing: 2pt;
                     border-bottom: 2px solid #c00; padding-bottom: 8pt; }
            h1 { text-align: center; font-size: 20pt; margin: 20pt 0; }
            p { text-indent: 2em; margin: 0 0 6pt; } p.to { text-indent: 0; }
            table { width: 100%; border-collapse: collapse; font-size: 13pt; margin: 8pt 0; }
            th, td { border: 1px solid #000; padding: 3pt 6pt; text-align: center; }
            .sign { text-align: right; margin-top: 28pt; } .flag { color: #c00; font-weight: bold; }
            </style></head><body>
            """);
        b.Append($"<div class=\"organ\">{E(organ)}</div>");
        b.Append($"<h1>关于{scheme.Year}年度统战工作“双基双员”考核结果的通知</h1>");
        b.Append($"<p class=\"to\">{E(r.TownName)}：</p>");
        b.Append($"<p>根据{E(basis ?? "《统战工作“双基双员”建设考核办法》")}，");
        b.Append("经单位自评、审核评分、联评，");
        b.Append($"现将你单位{scheme.Year}年度考核结果通知如下：");
        b.Append($"总分 <b>{Points.Format(r.Total)}</b> 分，");
        b.Append($"在参加考核的 {towns} 个单位中排名第 <b>{r.Rank}</b> 位。</p>");
        b.Append("<table><tr><th>考核类别</th><th>分值</th><th>得分</th></tr>");
        foreach (var c in categories)
            b.Append($"<tr><td>{E(c.Title)}</td><td>{Points.Format(c.Points)}</td>")
                .Append($"<td>{Points.Format(c.Score)}</td></tr>");
        b.Append($"<tr><td>合计</td><td>100.0</td><td>{Points.Format(r.Total)}</td></tr></table>");
        if (lost.Count > 0)
            b.Append($"<p>主要失分项：{E(string.Join("；", lost.Take(5).Select(i =>
                $"{i.Title}（{Points.Format(i.Final)}/{Points.Format(i.Points)} 分）")))}。</p>");
        if (r.AccountabilityFlag)
            b.Append("<p class=\"flag\">")
                .Append($"你单位得分低于问责分数线（{Points.Format(scheme.Threshold)} 分），")
                .Append("按照考核办法启动统战问责，请于 15 个工作日内报送整改措施。</p>");
        else
            b.Append("<p>请认真总结经验，针对失分项抓好整改落实，"
                + "推动统战工作“双基双员”建设提质增效。</p>");
        b.Append($"<div class=\"sign\">{E(organ)}<br>{date.Year}年{date.Month}月{date.Day}日</div></body></html>");
        return b.ToString();
    }
}
