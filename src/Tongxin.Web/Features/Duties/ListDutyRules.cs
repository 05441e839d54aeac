using Tongxin.Domain.Regions;
using Tongxin.Web.Features.Dictionaries;
using Tongxin.Web.Features.People;

namespace Tongxin.Web.Features.Duties;

// The feature namespace Tongxin.Web.Features.Dictionaries hides the seed's kind codes from here.
using Dictionaries = Tongxin.Data.Seed.Dictionaries;

/// <summary>
/// 制度任务 visible to the user: their own and those set above them (reference data), with subjects and source
/// clause in words.
/// </summary>
public sealed class ListDutyRules(TongxinDb db, PeopleDictionary dictionary) : IHandler
{
    public sealed record Row(
        Guid Id, string Code, string Title, string Subjects, string Types, int Minimum, int? DayOfMonth,
        bool EvidenceRequired, string? Source, bool Active, bool Editable, DutyRule Rule);

    public async Task<IReadOnlyList<Row>> HandleAsync(CancellationToken ct = default)
    {
        var rules = await db.DutyRules.AsNoTracking().ToListAsync(ct);
        var bodyIds = rules.Where(r => r.SubjectBodyId != null).Select(r => r.SubjectBodyId!.Value).ToList();
        var bodies = await db.Bodies.Where(b => bodyIds.Contains(b.Id)).ToDictionaryAsync(b => b.Id, b => b.Name, ct);
        var docIds = rules.Where(r => r.DocumentId != null).Select(r => r.DocumentId!.Value).ToList();
        var docs = await db.Documents.Where(d => docIds.Contains(d.Id))
            .ToDictionaryAsync(d => d.Id, d => d.Number ?? d.Title, ct);
        var dict = await dictionary.HandleAsync(ct);
        return rules.OrderBy(r => r.NodePath.Length).ThenBy(r => r.Code.Length).ThenBy(r => r.Code)
            .Select(r => new Row(r.Id, r.Code, r.Title, Subjects(r, bodies),
                string.Join("、", DutyCounts.Types(r).Select(t => dict.Name(Dictionaries.ActivityType, t) ?? t)),
                r.Minimum, r.DayOfMonth, r.EvidenceRequired,
                r.DocumentId is { } d ? $"{docs.GetValueOrDefault(d)} {r.Clause}".Trim() : r.Clause,
                r.Active, db.InScope(r.NodePath), r))
            .ToList();
    }

    public static string Subjects(DutyRule r, IReadOnlyDictionary<Guid, string> bodies) => r.SubjectKind switch
    {
        DutySubjectKind.Body => bodies.GetValueOrDefault(r.SubjectBodyId ?? Guid.Empty) ?? Loc.T("（上级机构）",
            "(parent body)"),
        DutySubjectKind.BodyType => Every(BodyTypeName(r.SubjectBodyType)),
        DutySubjectKind.NodeLevel => Every((RegionLevel?)r.SubjectLevel switch
        {
            RegionLevel.Town => Loc.T("镇街", "town"),
            RegionLevel.Village => Loc.T("村（社区）党支部", "village (community) Party branch"),
            _ => Loc.T("节点", "node"),
        }),
        DutySubjectKind.MemberUnit => r.SubjectBodyId is { } of
            ? Loc.T(bodies.GetValueOrDefault(of, "（上级机构）") + "的每个成员单位",
                "Every member unit of " + bodies.GetValueOrDefault(of, "(parent body)"))
            : Loc.T("每个成员单位", "Every member unit"),
        _ => Loc.T("每位联谊交友的党员领导干部", "Every Party leader with a friendship pair"),
    };

    private static string Every(string what) => Loc.T("每个" + what, "Every " + what);

    public static string BodyTypeName(BodyType? t) => t switch
    {
        BodyType.PartyCommittee => Loc.T("党委（党工委）", "Party committee"),
        BodyType.JointMechanism => Loc.T("专项工作机制", "Joint working mechanism"),
        BodyType.TownOffice => Loc.T("镇街统战办公室", "Town UFWD office"),
        BodyType.LeadingGroup => Loc.T("领导小组", "Leading group"),
        BodyType.InternalOffice => Loc.T("部内科室", "Internal office"),
        _ => Loc.T("机构", "Body"),
    };
}
