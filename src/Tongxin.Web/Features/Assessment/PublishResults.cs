using System.Text.Json;
using Tongxin.Data.Audit;
using Tongxin.Domain.Assessment;

namespace Tongxin.Web.Features.Assessment;

/// <summary>
/// 公布 (ASM-3, ASM-4, SEC-26): in one transaction every assessment of the scheme in 联评 is frozen — auto
/// facts, item finals and the total — and the ranking with its 问责 flags is written where every assessed town
/// can read it. Refused, naming the towns, while any town is still in 自评 or 审核评分. All or nothing.
/// </summary>
public sealed class PublishResults(TongxinDb db, AssessmentSheet sheet, TimeProvider clock) : IHandler
{
    public async Task<int> HandleAsync(Guid schemeId, CancellationToken ct = default)
    {
        var loaded = await sheet.LoadAsync(schemeId, null, ct) ?? throw new NotFoundException(Loc.T("考核方案",
            "Assessment scheme"));
        Guard.InScope(db, loaded.Scheme, s => s.NodePath, Loc.T("考核方案", "Assessment scheme"));
        var notReady = loaded.Sheets
            .Where(s => s.Assessment.Stage is AssessmentStage.SelfAssessment or AssessmentStage.DistrictReview)
            .Select(s => s.Node.Name).ToList();
        if (notReady.Count > 0) throw new ConflictException(Loc.T(
            $"以下单位尚未进入联评，不能公布：{string.Join("、", notReady)}",
            $"These units have not reached joint review, so results cannot be published: "
                + string.Join(", ", notReady)));
        var toPublish = loaded.Sheets.Where(s => s.Assessment.Stage == AssessmentStage.JointReview).ToList();
        if (toPublish.Count == 0)
            throw new ConflictException(Loc.T("没有待公布的考核", "There is no assessment to publish"));

        await using var tx = await db.BeginWriteAsync(ct);
        var now = clock.GetUtcNow().UtcDateTime;
        var ids = toPublish.Select(s => s.Assessment.Id).ToList();
        var assessments = await db.TownAssessments.Where(a => ids.Contains(a.Id)).ToDictionaryAsync(a => a.Id, ct);
        var scores = await db.Scores.Where(s => ids.Contains(s.AssessmentId)).ToListAsync(ct);
        foreach (var s in toPublish)
        {
            foreach (var item in s.Items)
            {
                var row = scores.FirstOrDefault(x =>
                    x.AssessmentId == s.Assessment.Id && x.IndicatorId == item.Indicator.Id);
                if (row is null)
                    db.Scores.Add(row = new Score
                    {
                        AssessmentId = s.Assessment.Id, IndicatorId = item.Indicator.Id, NodeId = s.Node.Id,
                        NodePath = s.Node.NodePath,
                    });
                (row.AutoScore, row.AutoFacts, row.Final) =
                    (item.Score.AutoScore, item.Score.AutoFacts, item.Result.Final);
            }
            var a = assessments[s.Assessment.Id];
            (a.Stage, a.FinalScore) = (AssessmentStage.Published, s.Total);
        }
        var ranked = Ranking.Rank(loaded.Sheets.Select(s => (s.Node.Id, s.Total)), loaded.Scheme.Threshold)
            .ToDictionary(r => r.TownId);
        var existing = await db.AssessmentResults.Where(r => r.SchemeId == schemeId).ToListAsync(ct);
        foreach (var s in loaded.Sheets)
        {
            var rank = ranked[s.Node.Id];
            var result = existing.FirstOrDefault(r => r.AssessmentId == s.Assessment.Id);
            if (result is null && s.Assessment.Stage != AssessmentStage.JointReview) continue;
            result ??= db.AssessmentResults.Add(new AssessmentResult
            {
                SchemeId = schemeId, AssessmentId = s.Assessment.Id, Year = loaded.Scheme.Year, TownId = s.Node.Id,
                TownName = s.Node.Name, Categories = "", LostItems = "",
                NodeId = loaded.Scheme.NodeId, NodePath = loaded.Scheme.NodePath,
            }).Entity;
            (result.Total, result.Rank, result.AccountabilityFlag) = (s.Total, rank.Rank, rank.Flagged);
            result.Categories = JsonSerializer.Serialize(
                s.Categories.Select(c => new ResultCategory(c.Title, c.Points, c.Score)), ResultJson.Options);
            result.LostItems = JsonSerializer.Serialize(
                s.Items.Where(i => i.Result.Lost > 0).OrderByDescending(i => i.Result.Lost)
                    .Select(i => new ResultItem(i.Indicator.Title, i.Indicator.Points, i.Result.Final)),
                ResultJson.Options);
        }
        db.AddAuditEvent(AuditEvents.Publish, nameof(AssessmentResult), schemeId.ToString(), loaded.Scheme.NodePath,
            details: new { loaded.Scheme.Year, towns = toPublish.Select(s => s.Node.Name), at = now });
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return toPublish.Count;
    }
}

public sealed record ResultCategory(string Title, int Points, int Score);
public sealed record ResultItem(string Title, int Points, int Final);

public static class ResultJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };
}
