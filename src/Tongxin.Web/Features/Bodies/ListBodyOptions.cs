namespace Tongxin.Web.Features.Bodies;

/// <summary>
/// Every body in the user's scope for a select (parent body, issuing body, an activity's or duty rule's body), ORG-1.
/// Not paged: a pick list that silently drops options makes the missing body impossible to choose.
/// </summary>
public sealed class ListBodyOptions(TongxinDb db) : IHandler
{
    public sealed record Option(Guid Id, string Name);

    public async Task<IReadOnlyList<Option>> HandleAsync(CancellationToken ct = default) =>
        await db.Bodies.AsNoTracking().OrderBy(b => b.NodePath).ThenBy(b => b.Type).ThenBy(b => b.Name)
            .Select(b => new Option(b.Id, b.Name)).ToListAsync(ct);
}
