namespace Tongxin.Web.Features.Dictionaries;

// The feature namespace Tongxin.Web.Features.Dictionaries hides the seed's kind codes from here.
using Dictionaries = Tongxin.Data.Seed.Dictionaries;

/// <summary>The dictionaries a person form and list need: code → name per kind (PPL-2: data, not code).</summary>
public sealed class PeopleDictionary(TongxinDb db) : IHandler
{
    public sealed record Item(string Code, string Name);

    public sealed record Result(IReadOnlyDictionary<string, IReadOnlyList<Item>> Kinds)
    {
        public string Name(string kind, string? code) =>
            code is null ? "" : Kinds.GetValueOrDefault(kind)?.FirstOrDefault(i => i.Code == code)?.Name ?? code;

        public IReadOnlyList<Item> Of(string kind) => Kinds.GetValueOrDefault(kind) ?? [];

        public bool Has(string kind, string? code) => code is null || Of(kind).Any(i => i.Code == code);

        public string CategoryNames(string bars) => string.Join("、",
            bars.Split('|', StringSplitOptions.RemoveEmptyEntries).Select(c => Name(Dictionaries.Category, c)));
    }

    private Result? _cached;

    /// <summary>Read once per operation (an import of 10,000 rows asks for it 10,000 times).</summary>
    public async Task<Result> HandleAsync(CancellationToken ct = default) => _cached ??= await LoadAsync(ct);

    private async Task<Result> LoadAsync(CancellationToken ct)
    {
        var items = await db.DictionaryItems.AsNoTracking().OrderBy(i => i.Kind).ThenBy(i => i.SortOrder)
            .ToListAsync(ct);
        return new Result(items.GroupBy(i => i.Kind)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<Item>)g.Select(i => new Item(i.Code, i.Name)).ToList()));
    }
}
