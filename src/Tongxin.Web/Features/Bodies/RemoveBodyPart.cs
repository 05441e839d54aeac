namespace Tongxin.Web.Features.Bodies;

/// <summary>Remove a member or a member unit from a body.</summary>
public sealed class RemoveBodyPart(TongxinDb db) : IHandler
{
    public async Task MemberAsync(Guid bodyId, Guid memberId, CancellationToken ct = default)
    {
        var m = await db.BodyMembers.SingleOrDefaultAsync(x => x.Id == memberId && x.BodyId == bodyId, ct)
            ?? throw new NotFoundException(Loc.T("成员", "Member"));
        db.BodyMembers.Remove(m);
        await db.SaveChangesAsync(ct);
    }

    public async Task UnitAsync(Guid bodyId, Guid unitId, CancellationToken ct = default)
    {
        var u = await db.MemberUnits.SingleOrDefaultAsync(x => x.Id == unitId && x.BodyId == bodyId, ct)
            ?? throw new NotFoundException(Loc.T("成员单位", "Member unit"));
        if (await db.Activities.AnyAsync(a => a.MemberUnitId == unitId, ct))
            throw new ConflictException(Loc.T("该成员单位已有活动记录，不能删除",
                "This member unit has activities and cannot be removed"));
        if (await db.Users.AnyAsync(x => x.MemberUnitId == unitId, ct))
            throw new ConflictException(Loc.T(
                "有联络人账号绑定该成员单位，请先在用户管理中解除",
                "A liaison account is bound to this member unit; unbind it in user management first"));
        db.MemberUnits.Remove(u);
        await db.SaveChangesAsync(ct);
    }
}
