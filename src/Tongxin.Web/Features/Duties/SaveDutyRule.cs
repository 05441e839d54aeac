using Tongxin.Domain.Duties;
using Tongxin.Domain.Regions;
using Tongxin.Web.Features.Dictionaries;
using Tongxin.Web.Features.People;

namespace Tongxin.Web.Features.Duties;

// The feature namespace Tongxin.Web.Features.Dictionaries hides the seed's kind codes from here.
using Dictionaries = Tongxin.Data.Seed.Dictionaries;

/// <summary>
/// Create or edit a duty rule in the UI (OBL-5). The rule lives at the user's home node (a town may add its own duties;
/// it cannot change the district's). Statuses are computed on read, so the compliance view follows at once. The
/// text's stated minimum is kept equal to the rule's (<see cref="DutyText"/>).
/// </summary>
public sealed class SaveDutyRule(TongxinDb db, PeopleDictionary dictionary) : IHandler
{
    public sealed record Request(
        string? Code, string? Title, DutySubjectKind SubjectKind, Guid? SubjectBodyId, BodyType? SubjectBodyType,
        int? SubjectLevel, string[]? ActivityTypes, int Minimum, int? DayOfMonth, bool EvidenceRequired,
        Guid? DocumentId, string? Clause, bool Active = true, long Version = 0);

    public async Task<Guid> HandleAsync(Guid? id, Request r, CancellationToken ct = default)
    {
        var dict = await dictionary.HandleAsync(ct);
        var types = (r.ActivityTypes ?? []).Distinct().ToArray();
        var check = new Check().Required(nameof(r.Code), Loc.T("编号", "Code"), r.Code, 20).Required(nameof(r.Title),
            Loc.T("任务内容", "Duty text"), r.Title, 200)
            .That(Enum.IsDefined(r.SubjectKind), nameof(r.SubjectKind), Loc.T("请选择责任主体类型",
                "Choose the kind of responsible subject"))
            .That(types.Length > 0 && types.All(t => dict.Has(Dictionaries.ActivityType, t)), nameof(r.ActivityTypes),
                Loc.T("请至少选择一种计入的活动类型", "Choose at least one activity type that counts"))
            .That(r.Minimum is >= 1 and <= 366, nameof(r.Minimum), Loc.T("每年最少次数应在 1–366 之间",
                "The yearly minimum must be between 1 and 366"))
            .That(r.DayOfMonth is null or (>= 1 and <= 31), nameof(r.DayOfMonth),
                Loc.T("日期条件应为每月 1–31 日", "The day condition must be day 1–31 of the month"))
            .Optional(nameof(r.Clause), Loc.T("条款", "Clause"), r.Clause, 200);
        check.That(r.SubjectKind != DutySubjectKind.MemberUnit || r.SubjectBodyId is null
                    || await db.Bodies.AnyAsync(x => x.Id == r.SubjectBodyId, ct),
                nameof(r.SubjectBodyId),
                Loc.T("机构不存在或不在您的数据范围内",
                    "The body does not exist or is outside your data scope"))
            .That(r.SubjectKind != DutySubjectKind.Body
                    || (r.SubjectBodyId is { } b && await db.Bodies.AnyAsync(x => x.Id == b, ct)),
                nameof(r.SubjectBodyId),
                Loc.T("请选择责任机构（须在您的数据范围内）",
                    "Choose the responsible body (within your data scope)"))
            .That(r.SubjectKind != DutySubjectKind.BodyType || (r.SubjectBodyType is { } t && Enum.IsDefined(t)),
                nameof(r.SubjectBodyType), Loc.T("请选择机构类型", "Choose a body type"))
            .That(r.SubjectKind != DutySubjectKind.NodeLevel
                    || r.SubjectLevel is (int)RegionLevel.Town or (int)RegionLevel.Village,
                nameof(r.SubjectLevel), Loc.T("请选择镇街或村居", "Choose town or village"));
        check.That(r.DocumentId is null || await db.Documents.AnyAsync(d => d.Id == r.DocumentId, ct),
            nameof(r.DocumentId), Loc.T("文件不存在", "The document does not exist"));
        check.ThrowIfAny();
        var rule = id is { } existing ? await db.DutyRules.SingleOrDefaultAsync(x => x.Id == existing, ct)
            ?? throw new NotFoundException(Loc.T("制度任务", "Duty")) : null;
        if (rule is null)
        {
            var home = await db.Regions.SingleAsync(x => x.NodePath == db.CurrentUser.ScopePath, ct);
            rule = db.DutyRules.Add(new DutyRule
            {
                Code = "", Title = "", ActivityTypes = "", NodeId = home.Id, NodePath = home.NodePath,
            }).Entity;
        }
        else db.Entry(rule).Property(x => x.Version).OriginalValue = r.Version;
        (rule.Code, rule.Title, rule.SubjectKind, rule.Minimum, rule.DayOfMonth, rule.EvidenceRequired) =
            (r.Code!.Trim(), DutyText.FollowMinimum(r.Title!.Trim(), r.Minimum), r.SubjectKind, r.Minimum,
                r.DayOfMonth, r.EvidenceRequired);
        rule.SubjectBodyId =
            r.SubjectKind is DutySubjectKind.Body or DutySubjectKind.MemberUnit ? r.SubjectBodyId : null;
        rule.SubjectBodyType = r.SubjectKind == DutySubjectKind.BodyType ? r.SubjectBodyType : null;
        rule.SubjectLevel = r.SubjectKind == DutySubjectKind.NodeLevel ? r.SubjectLevel : null;
        (rule.ActivityTypes, rule.DocumentId, rule.Clause, rule.Active) =
            ("|" + string.Join("|", types.Order()) + "|", r.DocumentId, Check.Clean(r.Clause), r.Active);
        await db.SaveChangesAsync(ct);
        return rule.Id;
    }
}
