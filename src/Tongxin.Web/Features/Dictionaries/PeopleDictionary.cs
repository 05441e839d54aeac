namespace Tongxin.Web.Features.Dictionaries;

// The feature namespace Tongxin.Web.Features.Dictionaries hides the seed's kind codes from here.
using Dictionaries = Tongxin.Data.Seed.Dictionaries;

/// <summary>
/// The dictionaries a person form and list need: code → name per kind (PPL-2: data, not code). Items marked
/// sensitive (categories that tell ethnicity, religion or affiliation, SEC-24) are named and offered only to a user
/// who may see sensitive fields.
/// </summary>
public sealed class PeopleDictionary(TongxinDb db, CurrentUser user) : IHandler
{
    public sealed record Item(string Code, string Name, bool Sensitive = false);

    public sealed record Result(IReadOnlyDictionary<string, IReadOnlyList<Item>> Kinds, bool SeesSensitive = true)
    {
        public string Name(string kind, string? code) =>
            code is null ? "" : Kinds.GetValueOrDefault(kind)?.FirstOrDefault(i => i.Code == code)?.Name ?? code;

        public IReadOnlyList<Item> Of(string kind) => Kinds.GetValueOrDefault(kind) ?? [];

        /// <summary>The items this user may pick or filter by: without "view sensitive", no sensitive ones.</summary>
        public IReadOnlyList<Item> Offered(string kind) => SeesSensitive ? Of(kind) : Of(kind).Where(i => !i.Sensitive)
            .ToList();

        public bool Has(string kind, string? code) => code is null || Of(kind).Any(i => i.Code == code);

        public bool IsSensitive(string kind, string? code) => Of(kind).Any(i => i.Code == code && i.Sensitive);

        /// <summary>This user may not see that a person has this item (it is sensitive and they lack the right).
        /// </summary>
        public bool Hidden(string kind, string? code) => !SeesSensitive && IsSensitive(kind, code);

        /// <summary>A person's category codes ("|C01|C02|") this user may see.</summary>
        public IReadOnlyList<string> VisibleCategories(string bars) => bars.Split('|',
            StringSplitOptions.RemoveEmptyEntries).Where(c => !Hidden(Dictionaries.Category, c)).ToList();

        public string CategoryNames(string bars) =>
            string.Join("、", VisibleCategories(bars).Select(c => Name(Dictionaries.Category, c)));
    }

    private Result? _cached;

    /// <summary>Read once per operation (an import of 10,000 rows asks for it 10,000 times).</summary>
    public async Task<Result> HandleAsync(CancellationToken ct = default) => _cached ??= await LoadAsync(ct);

    private async Task<Result> LoadAsync(CancellationToken ct)
    {
        var items = await db.DictionaryItems.AsNoTracking().OrderBy(i => i.Kind).ThenBy(i => i.SortOrder)
            .ToListAsync(ct);
        return new Result(items.GroupBy(i => i.Kind).ToDictionary(g => g.Key,
                g => (IReadOnlyList<Item>)g.Select(i => new Item(i.Code, i.Name, i.Sensitive)).ToList()),
            user.Can(Permissions.PeopleSensitive));
    }
}
