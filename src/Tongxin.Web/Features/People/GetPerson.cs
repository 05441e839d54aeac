using Tongxin.Domain.People;
using Tongxin.Web.Features.Dictionaries;

namespace Tongxin.Web.Features.People;

// The feature namespace Tongxin.Web.Features.Dictionaries hides the seed's kind codes from here.
using Dictionaries = Tongxin.Data.Seed.Dictionaries;

/// <summary>One person, masked (ACC-4): ethnicity, religion, affiliation and the categories that tell them (SEC-24)
/// only with "view sensitive".</summary>
public sealed class GetPerson(TongxinDb db, PeopleDictionary dictionary, CurrentUser user) : IHandler
{
    public sealed record Result(
        Guid Id, string Name, Gender? Gender, DateOnly? BirthDate, string? Ethnicity, string? Religion,
        string? Affiliation, string? Education, string? Employer, string? Position, string? RepresentativeLevel,
        IReadOnlyList<string> Categories, string? Tags, string? Notes, string? IdMasked, string? PhoneMasked,
        Guid NodeId, string NodeName, long Version, Names Display, DateOnly? RecognisedOn = null);

    /// <summary>Dictionary names for display, masked where the viewer may not see them.</summary>
    public sealed record Names(
        string? Ethnicity, string? Religion, string? Affiliation, string? Education, string? Level, string Categories);

    public async Task<Result> HandleAsync(Guid id, CancellationToken ct = default)
    {
        var sensitive = user.Can(Permissions.PeopleSensitive);
        var p = await db.People.AsNoTracking().SingleOrDefaultAsync(x => x.Id == id, ct)
            ?? throw new NotFoundException(Loc.T("人员", "Person"));
        var dict = await dictionary.HandleAsync(ct);
        var node = await db.Regions.Where(r => r.Id == p.NodeId).Select(r => r.Name).FirstOrDefaultAsync(ct) ?? "";
        string? Hide(string? code) => sensitive ? code : code is null ? null : ListPeople.Masked;
        string? HideName(string kind, string? code) =>
            sensitive ? dict.Name(kind, code) : code is null ? null : ListPeople.Masked;
        var names = new Names(HideName(Dictionaries.Ethnicity, p.Ethnicity),
            HideName(Dictionaries.Religion, p.Religion), HideName(Dictionaries.Affiliation, p.Affiliation),
            dict.Name(Dictionaries.Education, p.Education),
            dict.Name(Dictionaries.Level, p.RepresentativeLevel), dict.CategoryNames(p.Categories));
        return new Result(p.Id, p.Name, p.Gender, p.BirthDate, Hide(p.Ethnicity), Hide(p.Religion), Hide(p.Affiliation),
            p.Education, p.Employer, p.Position, p.RepresentativeLevel,
            dict.VisibleCategories(p.Categories), p.Tags, p.Notes, p.IdMasked, p.PhoneMasked,
            p.NodeId, node, p.Version, names, sensitive ? p.RecognisedOn : null);
    }
}
