namespace Tongxin.Web.Features.Bodies;

/// <summary>Add a 成员单位 with its duties to a coordinating body; a unit is listed once per body.</summary>
public sealed class AddMemberUnit(TongxinDb db) : IHandler
{
    public sealed record Request(string? UnitName, string? Duties);

    public async Task<Guid> HandleAsync(Guid bodyId, Request r, CancellationToken ct = default)
    {
        var body = await db.Bodies.SingleOrDefaultAsync(b => b.Id == bodyId, ct)
            ?? throw new NotFoundException(Loc.T("机构", "Body"));
        var check = new Check().Required(nameof(r.UnitName), Loc.T("单位名称", "Unit name"), r.UnitName, 100)
            .Optional(nameof(r.Duties), Loc.T("职责", "Duties"), r.Duties, 2000);
        var name = r.UnitName?.Trim();
        if (name is not null && await db.MemberUnits.AnyAsync(u => u.BodyId == bodyId && u.UnitName == name, ct))
            check.Add(nameof(r.UnitName),
                Loc.T($"{name} 已是该机构的成员单位", $"{name} is already a member unit of this body"));
        check.ThrowIfAny();
        var unit = new MemberUnit
        {
            BodyId = body.Id, UnitName = name!, Duties = Check.Clean(r.Duties), NodeId = body.NodeId,
            NodePath = body.NodePath,
        };
        db.MemberUnits.Add(unit);
        await db.SaveChangesAsync(ct);
        return unit.Id;
    }
}
