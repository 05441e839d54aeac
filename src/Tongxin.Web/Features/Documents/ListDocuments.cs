namespace Tongxin.Web.Features.Documents;

/// <summary>文件 register: documents of the user's subtree and those published by its ancestors (ACC-2,
/// ORG-6).</summary>
public sealed class ListDocuments(TongxinDb db) : IHandler
{
    public sealed record Query(string? Q = null, int? Year = null, DocumentStatus? Status = null, int Page = 1,
        int PageSize = 20);

    public sealed record Row(Guid Id, string? Number, string Title, string Issuer, DateOnly IssuedOn,
        DocumentStatus Status, string NodeName, bool Editable);

    public async Task<Paged<Row>> HandleAsync(Query q, CancellationToken ct = default)
    {
        var docs = db.Documents.AsNoTracking();
        if (Check.Clean(q.Q) is { } text)
        {
            var folded = Domain.Text.Width.ToHalfWidthAsciiDigits(text);
            docs = docs.Where(d => d.Title.Contains(text) || d.Issuer.Contains(text)
                || (d.Number != null && d.Number.Contains(folded)));
        }
        if (q.Year is { } year)
            docs = docs.Where(d => d.IssuedOn >= new DateOnly(year, 1, 1) && d.IssuedOn <= new DateOnly(year, 12, 31));
        if (q.Status is { } status) docs = docs.Where(d => d.Status == status);
        var low = db.CurrentUser.ScopePath ?? "\uffff";
        var high = Domain.Regions.NodePath.Upper(low);
        var page = await docs.OrderByDescending(d => d.IssuedOn).ThenBy(d => d.Number)
            .Select(d => new Row(d.Id, d.Number, d.Title, d.Issuer, d.IssuedOn, d.Status, d.NodeId.ToString(),
                string.Compare(d.NodePath, low) >= 0 && string.Compare(d.NodePath, high) < 0))
            .ToPagedAsync(q.Page, q.PageSize, ct);
        // Publishers may be ancestors outside the user's subtree; only their names are read, in a query of their own
        // (IgnoreQueryFilters inside the list query would lift the filter from the documents too).
        var ids = page.Items.Select(r => Guid.Parse(r.NodeName)).Distinct().ToList();
        var names = await db.Regions.IgnoreQueryFilters().Where(r => ids.Contains(r.Id))
            .ToDictionaryAsync(r => r.Id, r => r.Name, ct);
        return page with
        {
            Items = page.Items.Select(r =>
            r with { NodeName = names.GetValueOrDefault(Guid.Parse(r.NodeName)) ?? "" }).ToList()
        };
    }
}
