namespace Tongxin.Web.Features.Bodies;

/// <summary>
/// Every member unit in scope for a select (activity form, binding a liaison account): "body · unit".
/// </summary>
public sealed class ListMemberUnitOptions(TongxinDb db) : IHandler
{
    public sealed record Option(Guid Id, string Label);

    public async Task<IReadOnlyList<Option>> HandleAsync(CancellationToken ct = default) =>
        await db.MemberUnits.AsNoTracking().OrderBy(u => u.Body!.Name).ThenBy(u => u.UnitName)
            .Select(u => new Option(u.Id, u.Body!.Name + " · " + u.UnitName)).ToListAsync(ct);
}
