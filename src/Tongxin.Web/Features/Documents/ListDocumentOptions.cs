namespace Tongxin.Web.Features.Documents;

/// <summary>
/// Every document the user may cite in a select (a duty rule's or a scheme's basis): the same rows as the register
/// (ORG-6), not paged, so none is silently left out.
/// </summary>
public sealed class ListDocumentOptions(TongxinDb db) : IHandler
{
    public sealed record Option(Guid Id, string? Number, string Title);

    public async Task<IReadOnlyList<Option>> HandleAsync(CancellationToken ct = default) =>
        await db.Documents.AsNoTracking().OrderByDescending(d => d.IssuedOn).ThenBy(d => d.Number)
            .Select(d => new Option(d.Id, d.Number, d.Title)).ToListAsync(ct);
}
