namespace Tongxin.Web.Features.Bodies;

/// <summary>
/// Seat a person in a body (组长, 副组长, 成员…). Linked to the people register once it exists.
/// </summary>
public sealed class AddBodyMember(TongxinDb db) : IHandler
{
    public sealed record Request(string? PersonName, string? Position, string? Duty);

    public async Task<Guid> HandleAsync(Guid bodyId, Request r, CancellationToken ct = default)
    {
        var body = await db.Bodies.SingleOrDefaultAsync(b => b.Id == bodyId, ct)
            ?? throw new NotFoundException(Loc.T("机构", "Body"));
        new Check().Required(nameof(r.PersonName), Loc.T("姓名", "Name"), r.PersonName, 50).Required(nameof(r.Duty),
            Loc.T("职务", "Position"), r.Duty, 20)
            .Optional(nameof(r.Position), Loc.T("单位职务", "Position at employer"), r.Position, 100).ThrowIfAny();
        var order = await db.BodyMembers.Where(m => m.BodyId == bodyId).Select(m => (int?)m.SortOrder)
            .MaxAsync(ct) ?? 0;
        var member = new BodyMember
        {
            BodyId = body.Id, PersonName = r.PersonName!.Trim(), Position = Check.Clean(r.Position),
            Duty = r.Duty!.Trim(), SortOrder = order + 1, NodeId = body.NodeId, NodePath = body.NodePath,
        };
        db.BodyMembers.Add(member);
        await db.SaveChangesAsync(ct);
        return member.Id;
    }
}
