using Tongxin.Data.Protection;
using Tongxin.Domain.People;
using Tongxin.Domain.Text;
using Tongxin.Web.Features.Dictionaries;

namespace Tongxin.Web.Features.People;

// The feature namespace Tongxin.Web.Features.Dictionaries hides the seed's kind codes from here.
using Dictionaries = Tongxin.Data.Seed.Dictionaries;

/// <summary>
/// Create or edit a person (PPL-1). ID-1/ID-3: the ID number is checked and must agree with birth date and gender;
/// ID-2: one person per ID number in the deployment — the existing record is named only if the user may see it.
/// An edit that leaves ID or phone empty keeps the stored value (the form never receives the plaintext).
/// </summary>
public sealed class SavePerson(
    TongxinDb db, FieldProtector protector, PeopleDictionary dictionary, CurrentUser user, TimeProvider clock)
    : IHandler
{
    public sealed record Request(string? Name, Gender? Gender, DateOnly? BirthDate, string? IdNumber, string? Phone,
        string? Ethnicity, string? Religion, string? Affiliation, string? Education, string? Employer, string? Position,
        string? RepresentativeLevel, string[]? Categories, string? Tags, string? Notes, Guid? NodeId, long Version = 0,
        DateOnly? RecognisedOn = null);

    /// <summary>
    /// Validate and write; with <paramref name="validateOnly"/> the checks run (a proposal, PPL-9) and nothing is
    /// written. With <paramref name="deferSave"/> the new person is only added to the context: a bulk import saves in
    /// batches. The sensitive fields are written only by a user who may see them (or for a new person).
    /// </summary>
    public Task<Guid> HandleAsync(Guid? id, Request r, CancellationToken ct = default, bool validateOnly = false,
        bool deferSave = false) =>
        SaveAsync(id, r, user.Can(Permissions.PeopleSensitive), validateOnly, deferSave, ct);

    /// <summary>
    /// Applies an approved proposal (PPL-9) as its proposer could have saved it: the sensitive fields are written only
    /// if the proposer could see them (recorded on the proposal), else the stored ones stay.
    /// </summary>
    public Task<Guid> ApplyAsync(PendingChange change, Request proposal, CancellationToken ct = default) =>
        SaveAsync(change.PersonId, proposal, change.ProposerSensitive, validateOnly: false, deferSave: false, ct);

    private async Task<Guid> SaveAsync(Guid? id, Request r, bool sensitive, bool validateOnly, bool deferSave,
        CancellationToken ct)
    {
        var stored = id is { } known
            ? await db.People.Where(p => p.Id == known).Select(p => new { p.Affiliation, p.Categories })
                .FirstOrDefaultAsync(ct)
            : null;
        var storedAffiliation = stored?.Affiliation;
        var dict = await dictionary.HandleAsync(ct);
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var check = new Check().Required(nameof(r.Name), Loc.T("姓名", "Name"), r.Name, 50)
            .Optional(nameof(r.Employer), Loc.T("工作单位", "Employer"), r.Employer, 100)
            .Optional(nameof(r.Position), Loc.T("职务", "Position"), r.Position, 100).Optional(nameof(r.Tags),
                Loc.T("标签", "Tags"), r.Tags, 200).Optional(nameof(r.Notes), Loc.T("备注", "Notes"), r.Notes, 2000)
            .That(r.BirthDate is null || (r.BirthDate <= today && r.BirthDate.Value.Year >= 1900), nameof(r.BirthDate),
                Loc.T("出生日期不合理", "The date of birth is not plausible"))
            .That(r.Gender is null || Enum.IsDefined(r.Gender.Value), nameof(r.Gender), Loc.T("性别无效",
                "Invalid gender"));
        var setsSensitive = sensitive || id is null;
        // Like ethnicity, the sensitive categories (SEC-24) are written only by a user who may see them: for anyone
        // else the stored ones stay, whatever the request says (their form never showed them).
        var categories = setsSensitive ? (r.Categories ?? []).ToList()
            : (r.Categories ?? []).Where(c => !dict.IsSensitive(Dictionaries.Category, c))
                .Concat((stored?.Categories ?? "").Split('|', StringSplitOptions.RemoveEmptyEntries)
                    .Where(c => dict.IsSensitive(Dictionaries.Category, c))).ToList();
        var partyMember = (setsSensitive ? Check.Clean(r.Affiliation) : storedAffiliation) == PersonRefs.PartyMember;
        check.That(r.RecognisedOn is null || r.RecognisedOn <= today, nameof(r.RecognisedOn),
                Loc.T("认定时间不能晚于今天", "The recognition date cannot be later than today"))
            .That(r.RecognisedOn is null || !setsSensitive || Check.Clean(r.Affiliation) == NonPartyAffiliation,
                nameof(r.RecognisedOn),
                Loc.T("认定时间仅适用于无党派人士",
                    "A recognition date applies only to non-party persons"));
        check.That(categories.Count > 0 || partyMember, nameof(r.Categories),
            Loc.T("请至少选择一个统战对象类别（中共党员联络干部可不选）",
                "Choose at least one category (optional for CPC liaison cadres)"));
        var coded = new List<(string Field, string Kind, string? Code)>
        {
            (nameof(r.Education), Dictionaries.Education, r.Education),
            (nameof(r.RepresentativeLevel), Dictionaries.Level, r.RepresentativeLevel)
        };
        if (setsSensitive)
            coded.AddRange([(nameof(r.Ethnicity), Dictionaries.Ethnicity, r.Ethnicity),
                (nameof(r.Religion), Dictionaries.Religion, r.Religion),
                (nameof(r.Affiliation), Dictionaries.Affiliation, r.Affiliation)]);
        foreach (var (field, kind, code) in coded) check.That(dict.Has(kind, Check.Clean(code)), field,
            Loc.T("请从列表中选择", "Choose from the list"));
        foreach (var c in categories) check.That(dict.Has(Dictionaries.Category, c), nameof(r.Categories),
            Loc.T($"类别 {c} 不存在", $"Category {c} does not exist"));
        IdNumber? idNumber = null;
        if (!string.IsNullOrWhiteSpace(r.IdNumber))
        {
            if (!Domain.People.IdNumber.TryParse(r.IdNumber, today, out idNumber, out var error))
                check.Add(nameof(r.IdNumber), error!);
            else foreach (var d in idNumber!.Disagreements(r.BirthDate, r.Gender)) check.Add(nameof(r.IdNumber), d);
        }
        var phone = string.IsNullOrWhiteSpace(r.Phone)
            ? null
            : Width.ToHalfWidth(r.Phone).Replace(" ", "").Replace("-", "");
        check.That(phone is null
                || (phone.Length == 11 && phone[0] == '1' && phone.All(char.IsAsciiDigit))
                || (phone.Length is >= 7 and <= 12 && phone.All(char.IsAsciiDigit)),
            nameof(r.Phone), Loc.T("电话号码应为 11 位手机号或 7–12 位座机号（数字）",
                "The phone number must be an 11-digit mobile or a 7–12 digit landline number"));
        var node = r.NodeId is { } nid ? await db.Regions.SingleOrDefaultAsync(x => x.Id == nid, ct) : null;
        check.That(node is not null, nameof(r.NodeId), Loc.T("所属节点不存在或不在您的数据范围内",
            "The node does not exist or is outside your data scope"));
        if (idNumber is not null) await CheckDuplicateAsync(check, id, protector.Index(idNumber.Value), ct);
        check.ThrowIfAny();
        if (validateOnly) return id ?? Guid.Empty;

        var person = id is { } existing ? await db.People.SingleOrDefaultAsync(x => x.Id == existing, ct)
            ?? throw new NotFoundException(Loc.T("人员", "Person"))
            : db.People.Add(new Person { Name = "", NodePath = "" }).Entity;
        if (id is not null) db.Entry(person).Property(x => x.Version).OriginalValue = r.Version;
        person.Name = r.Name!.Trim();
        person.Gender = idNumber?.Gender ?? r.Gender;
        person.BirthDate = idNumber?.BirthDate ?? r.BirthDate;
        if (setsSensitive)
        {
            person.Ethnicity = Check.Clean(r.Ethnicity);
            person.Religion = Check.Clean(r.Religion);
            person.Affiliation = Check.Clean(r.Affiliation);
        }
        person.Education = Check.Clean(r.Education);
        if (setsSensitive || r.RecognisedOn is not null) person.RecognisedOn = r.RecognisedOn;
        person.Employer = Check.Clean(r.Employer);
        person.Position = Check.Clean(r.Position);
        person.RepresentativeLevel = Check.Clean(r.RepresentativeLevel);
        person.Categories = "|" + string.Join("|", categories.Distinct().Order()) + "|";
        person.Tags = Check.Clean(r.Tags);
        person.Notes = r.Notes?.Trim();
        if (idNumber is not null)
            (person.IdCipher, person.IdIndex, person.IdMasked) =
                (protector.Encrypt(idNumber.Value), protector.Index(idNumber.Value), Mask.IdNumber(idNumber.Value));
        if (phone is not null)
            (person.PhoneCipher, person.PhoneIndex, person.PhoneMasked) =
                (protector.Encrypt(phone), protector.Index(phone), Mask.Phone(phone));
        person.NodeId = node!.Id;
        person.NodePath = node.NodePath;
        if (!deferSave) await db.SaveChangesAsync(ct);
        return person.Id;
    }

    /// <summary>
    /// 无党派人士 in the affiliation dictionary: the only affiliation with a 认定时间 (PPL-8).
    /// </summary>
    public const string NonPartyAffiliation = "A09";

    private async Task CheckDuplicateAsync(Check check, Guid? id, string index, CancellationToken ct)
    {
        var existing = await db.People.IgnoreQueryFilters().Where(p => p.IdIndex == index && p.Id != id)
            .Select(p => new { p.Id, p.NodePath }).FirstOrDefaultAsync(ct);
        if (existing is null) return;
        var visible = await db.People.Where(p => p.Id == existing.Id).Select(p => p.Name).FirstOrDefaultAsync(ct);
        check.Add(nameof(Request.IdNumber), visible is not null
            ? Loc.T($"该身份证号码已登记为「{visible}」（编号 {existing.Id}），请勿重复录入",
                $"This ID number is already registered as \"{visible}\" (no. {existing.Id}); do not enter it twice")
            : Loc.T(
                "该身份证号码已在系统中登记（不在您的数据范围内），"
                + "请联系上级统战部门",
                "This ID number is already registered (outside your data scope); "
                + "contact the UFWD department above you"));
    }
}
