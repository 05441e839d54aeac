using Microsoft.EntityFrameworkCore;
using Tongxin.Data;
using Tongxin.Data.Entities;
using Tongxin.Domain.Regions;
using Tongxin.Web.Features.Dictionaries;
using Tongxin.Web.Features.People;
using Tongxin.Web.Infrastructure;

namespace Tongxin.Web.Features.Duties;

// The feature namespace Tongxin.Web.Features.Dictionaries hides the seed's kind codes from here.
using Dictionaries = Tongxin.Data.Seed.Dictionaries;

/// <summary>
/// Create or edit a duty rule in the UI (OBL-5). The rule lives at the user's home node (a town may add its own duties;
/// it cannot change the district's). Statuses are computed on read, so the compliance view follows at once.
/// </summary>
public sealed class SaveDutyRule(TongxinDb db, PeopleDictionary dictionary) : IHandler
{
    public sealed record Request(string? Code, string? Title, DutySubjectKind SubjectKind, Guid? SubjectBodyId, BodyType? SubjectBodyType, int? SubjectLevel,
        string[]? ActivityTypes, int Minimum, int? DayOfMonth, bool EvidenceRequired, Guid? DocumentId, string? Clause, bool Active = true, long Version = 0);

    public async Task<Guid> HandleAsync(Guid? id, Request r, CancellationToken ct = default)
    {
        var dict = await dictionary.HandleAsync(ct);
        var types = (r.ActivityTypes ?? []).Distinct().ToArray();
        var check = new Check().Required(nameof(r.Code), "编号", r.Code, 20).Required(nameof(r.Title), "任务内容", r.Title, 200)
            .That(Enum.IsDefined(r.SubjectKind), nameof(r.SubjectKind), "请选择责任主体类型")
            .That(types.Length > 0 && types.All(t => dict.Has(Dictionaries.ActivityType, t)), nameof(r.ActivityTypes), "请至少选择一种计入的活动类型")
            .That(r.Minimum is >= 1 and <= 366, nameof(r.Minimum), "每年最少次数应在 1–366 之间")
            .That(r.DayOfMonth is null or (>= 1 and <= 31), nameof(r.DayOfMonth), "日期条件应为每月 1–31 日")
            .Optional(nameof(r.Clause), "条款", r.Clause, 200);
        check.That(r.SubjectKind != DutySubjectKind.MemberUnit || r.SubjectBodyId is null || await db.Bodies.AnyAsync(x => x.Id == r.SubjectBodyId, ct), nameof(r.SubjectBodyId), "机构不存在或不在您的数据范围内")
            .That(r.SubjectKind != DutySubjectKind.Body || (r.SubjectBodyId is { } b && await db.Bodies.AnyAsync(x => x.Id == b, ct)), nameof(r.SubjectBodyId), "请选择责任机构（须在您的数据范围内）")
            .That(r.SubjectKind != DutySubjectKind.BodyType || (r.SubjectBodyType is { } t && Enum.IsDefined(t)), nameof(r.SubjectBodyType), "请选择机构类型")
            .That(r.SubjectKind != DutySubjectKind.NodeLevel || r.SubjectLevel is (int)RegionLevel.Town or (int)RegionLevel.Village, nameof(r.SubjectLevel), "请选择镇街或村居");
        check.That(r.DocumentId is null || await db.Documents.AnyAsync(d => d.Id == r.DocumentId, ct), nameof(r.DocumentId), "文件不存在");
        check.ThrowIfAny();
        var rule = id is { } existing ? await db.DutyRules.SingleOrDefaultAsync(x => x.Id == existing, ct) ?? throw new NotFoundException("制度任务") : null;
        if (rule is null)
        {
            var home = await db.Regions.SingleAsync(x => x.NodePath == db.CurrentUser.ScopePath, ct);
            rule = db.DutyRules.Add(new DutyRule { Code = "", Title = "", ActivityTypes = "", NodeId = home.Id, NodePath = home.NodePath }).Entity;
        }
        else db.Entry(rule).Property(x => x.Version).OriginalValue = r.Version;
        (rule.Code, rule.Title, rule.SubjectKind, rule.Minimum, rule.DayOfMonth, rule.EvidenceRequired) = (r.Code!.Trim(), r.Title!.Trim(), r.SubjectKind, r.Minimum, r.DayOfMonth, r.EvidenceRequired);
        rule.SubjectBodyId = r.SubjectKind is DutySubjectKind.Body or DutySubjectKind.MemberUnit ? r.SubjectBodyId : null;
        rule.SubjectBodyType = r.SubjectKind == DutySubjectKind.BodyType ? r.SubjectBodyType : null;
        rule.SubjectLevel = r.SubjectKind == DutySubjectKind.NodeLevel ? r.SubjectLevel : null;
        (rule.ActivityTypes, rule.DocumentId, rule.Clause, rule.Active) = ("|" + string.Join("|", types.Order()) + "|", r.DocumentId, Check.Clean(r.Clause), r.Active);
        await db.SaveChangesAsync(ct);
        return rule.Id;
    }
}
