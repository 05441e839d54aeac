using System.Text.Json;
using Tongxin.Data.Protection;
using Tongxin.Domain.People;
using Tongxin.Domain.Text;
using Tongxin.Web.Features.Dictionaries;
using Tongxin.Web.Features.People;

namespace Tongxin.Web.Features.PendingChanges;

// The feature namespace Tongxin.Web.Features.Dictionaries hides the seed's kind codes from here.
using Dictionaries = Tongxin.Data.Seed.Dictionaries;

/// <summary>
/// One pending change with the approved record and the proposal side by side (PPL-9), field by field, masked for the
/// viewer exactly as the person page is (ACC-4): ID and phone masked, sensitive fields only with "view sensitive".
/// </summary>
public sealed class GetPendingChange(
    TongxinDb db, FieldProtector protector, PeopleDictionary dictionary, CurrentUser user) : IHandler
{
    public sealed record Field(string Label, string? Current, string? Proposed, bool Changed);
    public sealed record Result(
        Guid Id, Guid? PersonId, string PersonName, PendingStatus Status, string ProposedBy, DateTime ProposedUtc,
        string? DecidedBy, DateTime? DecidedUtc, string? Reason, bool Outdated, IReadOnlyList<Field> Fields);

    public async Task<Result> HandleAsync(Guid id, CancellationToken ct = default)
    {
        var sensitive = user.Can(Permissions.PeopleSensitive);
        var c = await db.PendingChanges.AsNoTracking().SingleOrDefaultAsync(x => x.Id == id, ct)
            ?? throw new NotFoundException(Loc.T("待审变更", "Pending change"));
        var r = Payload(c);
        var live = c.PersonId is { } pid
            ? await db.People.AsNoTracking().SingleOrDefaultAsync(x => x.Id == pid, ct)
            : null;
        // A decided change compares with the record as it was then, not with what the decision made of it.
        var p = c.BeforeCipher is { } before
            ? JsonSerializer.Deserialize<Before>(protector.Decrypt(before))
            : Before.Of(live);
        var dict = await dictionary.HandleAsync(ct);
        var nodeIds = new[] { p?.NodeId, r.NodeId }.Where(x => x is not null).Select(x => x!.Value).ToList();
        var nodes = await db.Regions.Where(x => nodeIds.Contains(x.Id)).ToDictionaryAsync(x => x.Id, x => x.Name, ct);
        var fields = new List<Field>();
        void Add(string label, string? current, string? proposed) =>
            fields.Add(new Field(label, current, proposed, (current ?? "") != (proposed ?? "")));
        string? Hidden(string kind, string? code) =>
            code is null ? null : sensitive ? dict.Name(kind, code) : ListPeople.Masked;
        Add(Loc.T("姓名", "Name"), p?.Name, r.Name?.Trim());
        Add(Loc.T("性别", "Gender"), p?.Gender is { } g0 ? People.PeoplePage.GenderName(g0) : null, r.Gender is { } g1
            ? People.PeoplePage.GenderName(g1) : null);
        Add(Loc.T("出生日期", "Date of birth"), p?.BirthDate?.ToString("yyyy-MM-dd"),
            r.BirthDate?.ToString("yyyy-MM-dd"));
        Add(Loc.T("身份证号", "ID number"), p?.IdMasked, string.IsNullOrWhiteSpace(r.IdNumber) ? p?.IdMasked
            : Mask.IdNumber(IdNumber.Canonical(r.IdNumber)));
        Add(Loc.T("电话", "Phone"), p?.PhoneMasked, string.IsNullOrWhiteSpace(r.Phone) ? p?.PhoneMasked
            : Mask.Phone(Width.ToHalfWidth(r.Phone).Replace(" ", "").Replace("-", "")));
        var keepsSensitive = p is not null && !c.ProposerSensitive;
        Add(Loc.T("民族", "Ethnicity"), Hidden(Dictionaries.Ethnicity, p?.Ethnicity), Hidden(Dictionaries.Ethnicity,
            keepsSensitive ? p!.Ethnicity : r.Ethnicity));
        Add(Loc.T("宗教信仰", "Religion"), Hidden(Dictionaries.Religion, p?.Religion), Hidden(Dictionaries.Religion,
            keepsSensitive ? p!.Religion : r.Religion));
        Add(Loc.T("政治面貌", "Political affiliation"), Hidden(Dictionaries.Affiliation, p?.Affiliation),
            Hidden(Dictionaries.Affiliation, keepsSensitive ? p!.Affiliation : r.Affiliation));
        Add(Loc.T("学历", "Education"), dict.Name(Dictionaries.Education, p?.Education),
            dict.Name(Dictionaries.Education, r.Education));
        Add(Loc.T("工作单位", "Employer"), p?.Employer, Check.Clean(r.Employer));
        Add(Loc.T("职务", "Position"), p?.Position, Check.Clean(r.Position));
        Add(Loc.T("代表人士层级", "Representative level"), dict.Name(Dictionaries.Level, p?.RepresentativeLevel),
            dict.Name(Dictionaries.Level, r.RepresentativeLevel));
        Add(Loc.T("统战对象类别", "Categories"), p is null ? null : dict.CategoryNames(p.Categories),
            dict.CategoryNames("|" + string.Join("|", (r.Categories ?? []).Distinct().Order()) + "|"));
        Add(Loc.T("所属节点", "Node"), p is null ? null : nodes.GetValueOrDefault(p.NodeId), r.NodeId is { } n
            ? nodes.GetValueOrDefault(n) : null);
        Add(Loc.T("标签", "Tags"), p?.Tags, Check.Clean(r.Tags));
        Add(Loc.T("备注", "Notes"), p?.Notes, r.Notes?.Trim());
        return new Result(c.Id, c.PersonId, c.PersonName, c.Status, c.ProposedBy, c.ProposedUtc, c.DecidedBy,
            c.DecidedUtc, c.Reason,
            c.Status == PendingStatus.Pending && live is not null && live.Version != c.BaseVersion, fields);
    }

    /// <summary>The record's fields at decision time, encrypted for <see cref="PendingChange.BeforeCipher"/>.</summary>
    public string Snapshot(Person? p) => protector.Encrypt(JsonSerializer.Serialize(Before.Of(p)));

    /// <summary>What the side-by-side view shows of the approved record; ID and phone already masked.</summary>
    private sealed record Before(
        string Name, Gender? Gender, DateOnly? BirthDate, string? IdMasked, string? PhoneMasked, string? Ethnicity,
        string? Religion, string? Affiliation, string? Education, string? Employer, string? Position,
        string? RepresentativeLevel, string Categories, Guid NodeId, string? Tags, string? Notes)
    {
        public static Before? Of(Person? p) => p is null ? null : new(p.Name, p.Gender, p.BirthDate, p.IdMasked,
            p.PhoneMasked, p.Ethnicity, p.Religion, p.Affiliation, p.Education, p.Employer, p.Position,
            p.RepresentativeLevel, p.Categories, p.NodeId, p.Tags, p.Notes);
    }

    public SavePerson.Request Payload(PendingChange c) =>
        JsonSerializer.Deserialize<SavePerson.Request>(protector.Decrypt(c.PayloadCipher))!;
}
