namespace Tongxin.Web.Features.People;

/// <summary>One visible person as a reference (for pickers and participant lists); null when out of scope.</summary>
public sealed class PersonLookup(TongxinDb db) : IHandler
{
    public async Task<PersonRef?> HandleAsync(Guid id, CancellationToken ct = default) =>
        (await db.LoadAsync([id], ct)).GetValueOrDefault(id);
}
