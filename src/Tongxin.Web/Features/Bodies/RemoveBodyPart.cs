using Microsoft.EntityFrameworkCore;
using Tongxin.Data;
using Tongxin.Web.Infrastructure;

namespace Tongxin.Web.Features.Bodies;

/// <summary>Remove a member or a member unit from a body.</summary>
public sealed class RemoveBodyPart(TongxinDb db) : IHandler
{
    public async Task MemberAsync(Guid bodyId, Guid memberId, CancellationToken ct = default)
    {
        var m = await db.BodyMembers.SingleOrDefaultAsync(x => x.Id == memberId && x.BodyId == bodyId, ct) ?? throw new NotFoundException("成员");
        db.BodyMembers.Remove(m);
        await db.SaveChangesAsync(ct);
    }

    public async Task UnitAsync(Guid bodyId, Guid unitId, CancellationToken ct = default)
    {
        var u = await db.MemberUnits.SingleOrDefaultAsync(x => x.Id == unitId && x.BodyId == bodyId, ct) ?? throw new NotFoundException("成员单位");
        if (await db.Activities.AnyAsync(a => a.MemberUnitId == unitId, ct)) throw new ConflictException("该成员单位已有活动记录，不能删除");
        if (await db.Users.AnyAsync(x => x.MemberUnitId == unitId, ct)) throw new ConflictException("有联络人账号绑定该成员单位，请先在用户管理中解除");
        db.MemberUnits.Remove(u);
        await db.SaveChangesAsync(ct);
    }
}
