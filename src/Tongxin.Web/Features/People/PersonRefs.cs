namespace Tongxin.Web.Features.People;

/// <summary>
/// A person as other records point to it: scope-checked (through the shared filter), with node for display.
/// </summary>
public sealed record PersonRef(
    Guid Id, string Name, Guid NodeId, string NodePath, string NodeName, string? Affiliation, string? Employer,
    string? Position);

public static class PersonRefs
{
    /// <summary>The person when visible to the current user; adds a field error otherwise.</summary>
    public static async Task<PersonRef?> FindAsync(
        this TongxinDb db, Guid? id, Check check, string field, CancellationToken ct)
    {
        var found = id is { } pid ? (await db.LoadAsync([pid], ct)).GetValueOrDefault(pid) : null;
        check.That(found is not null, field,
            Loc.T("请选择人员库中的人员（所选人员不存在或不在您的数据范围内）",
                "Choose a person from the people register (the chosen person does not exist or is outside your "
                + "data scope)"));
        return found;
    }

    /// <summary>Visible people by id, for list rows; invisible ids are simply absent.</summary>
    public static async Task<Dictionary<Guid, PersonRef>> LoadAsync(
        this TongxinDb db, IEnumerable<Guid> ids, CancellationToken ct)
    {
        var list = ids.Distinct().ToList();
        return await db.People.AsNoTracking().Where(p => list.Contains(p.Id))
            .Join(db.Regions, p => p.NodeId, r => r.Id, (p, r) =>
                new PersonRef(p.Id, p.Name, p.NodeId, p.NodePath, r.Name, p.Affiliation, p.Employer, p.Position))
            .ToDictionaryAsync(p => p.Id, ct);
    }

    public const string PartyMember = "A11";
}
