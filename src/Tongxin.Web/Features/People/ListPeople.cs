using Tongxin.Data.Protection;
using Tongxin.Data.Scope;
using Tongxin.Domain.People;
using Tongxin.Domain.Regions;
using Tongxin.Domain.Text;
using Tongxin.Web.Features.Dictionaries;

namespace Tongxin.Web.Features.People;

// The feature namespace Tongxin.Web.Features.Dictionaries hides the seed's kind codes from here.
using Dictionaries = Tongxin.Data.Seed.Dictionaries;

/// <summary>
/// 人员库 list (PPL-6): name search across variants and widths, exact search by ID or phone through the blind
/// index, filters, paging. ID and phone are always masked; affiliation, and the categories that tell a sensitive
/// attribute, only with "view sensitive" (ACC-4, SEC-24).
/// </summary>
public sealed class ListPeople(
    TongxinDb db, FieldProtector protector, PeopleDictionary dictionary, CurrentUser user, TimeProvider clock)
    : IHandler
{
    public sealed record Query(string? Q = null, string? Category = null, Guid? NodeId = null,
        string? Affiliation = null, string? Level = null, string? Tag = null, int Page = 1, int PageSize = 20,
        string? Sort = null);
    // Sort: "name" / "-name" (pinyin order), "age" (youngest first) / "-age" (oldest first), "newest"; otherwise
    // by node.

    public sealed record Row(Guid Id, string Name, Gender? Gender, int? Age, string NodeName, string Categories,
        string? Affiliation, string? Employer, string? Position, string? Level, string? IdMasked, string? PhoneMasked);

    public async Task<Paged<Row>> HandleAsync(Query q, CancellationToken ct = default)
    {
        var sensitive = user.Can(Permissions.PeopleSensitive);
        var people = db.People.AsNoTracking();
        if (Check.Clean(q.Q) is { } text)
        {
            var canonical = IdNumber.Canonical(text);
            people = canonical.Length == 18 ? people.Where(p => p.IdIndex == protector.Index(canonical))
                : canonical.Length == 11 && canonical.All(char.IsAsciiDigit)
                    ? people.Where(p => p.PhoneIndex == protector.Index(canonical))
                : PinyinInitials.IsInitialsQuery(text)
                    ? people.Where(p => p.NameKey.Contains(NameKey.Of(text))
                        || (p.NameInitials != null && p.NameInitials.StartsWith(text.ToLowerInvariant())))
                    : people.Where(p => p.NameKey.Contains(NameKey.Of(text)));
        }
        var dict = await dictionary.HandleAsync(ct);
        if (Check.Clean(q.Category) is { } category)
        {
            // Filtering by 少数民族人士 would tell a user who may not see ethnicity who is of a minority (SEC-24).
            if (dict.Hidden(Dictionaries.Category, category)) throw new ForbiddenException(Loc.T(
                $"按“{dict.Name(Dictionaries.Category, category)}”筛选须有查看敏感信息（民族、宗教、政治面貌）的权限",
                $"Filtering by \"{dict.Name(Dictionaries.Category, category)}\" needs the right to view sensitive "
                + "fields (ethnicity, religion, affiliation)"));
            people = people.Where(p => p.Categories.Contains("|" + category + "|"));
        }
        if (sensitive && Check.Clean(q.Affiliation) is { } affiliation)
            people = people.Where(p => p.Affiliation == affiliation);
        if (Check.Clean(q.Level) is { } level) people = people.Where(p => p.RepresentativeLevel == level);
        if (Check.Clean(q.Tag) is { } tag) people = people.Where(p => p.Tags != null && p.Tags.Contains(tag));
        if (q.NodeId is { } nodeId
            && await db.Regions.Where(r => r.Id == nodeId).Select(r => r.NodePath).FirstOrDefaultAsync(ct) is { } path)
            people = people.InSubtree(path);
        var ordered = q.Sort switch
        {
            "name" => people.OrderBy(p => p.NameInitials).ThenBy(p => p.NameKey),
            "-name" => people.OrderByDescending(p => p.NameInitials).ThenByDescending(p => p.NameKey),
            "age" => people.OrderByDescending(p => p.BirthDate), // youngest first
            "-age" => people.OrderBy(p => p.BirthDate == null).ThenBy(p => p.BirthDate),
            "newest" => people.OrderByDescending(p => p.Id), // ids are time-ordered (UUID v7)
            _ => people.OrderBy(p => p.NodePath).ThenBy(p => p.NameKey),
        };
        var page = await ordered.ThenBy(p => p.Id).ToKeyedPageAsync(db.People.AsNoTracking(), q.Page, q.PageSize, ct);
        var nodeIds = page.Items.Select(p => p.NodeId).Distinct().ToList();
        var nodes = await db.Regions.Where(r => nodeIds.Contains(r.Id)).ToDictionaryAsync(r => r.Id, r => r.Name, ct);
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var rows = page.Items.Select(p => new Row(p.Id, p.Name, p.Gender,
            p.BirthDate is { } b ? IdNumber.AgeOn(b, today) : null,
            nodes.GetValueOrDefault(p.NodeId) ?? "", dict.CategoryNames(p.Categories),
            sensitive ? dict.Name(Dictionaries.Affiliation, p.Affiliation) : Masked, p.Employer, p.Position,
            dict.Name(Dictionaries.Level, p.RepresentativeLevel), p.IdMasked, p.PhoneMasked)).ToList();
        return new Paged<Row>(rows, page.Total, page.Page, page.PageSize);
    }

    public const string Masked = "***";

    /// <summary>An ID or phone number must not travel in a URL (it would land in access logs): SEC-17.</summary>
    public static bool IsIdentifier(string? q) =>
        q is not null && IdNumber.Canonical(q) is var c
        && (c.Length == 18 || (c.Length == 11 && c.All(char.IsAsciiDigit)));
}
