namespace Tongxin.Web.Features.Bodies;

/// <summary>Delete a body with its members, member units and posts; refused while sub-bodies exist.</summary>
public sealed class DeleteBody(TongxinDb db) : IHandler
{
    public async Task HandleAsync(Guid id, CancellationToken ct = default)
    {
        var body = await db.Bodies.Include(b => b.Members).Include(b => b.MemberUnits)
                       .SingleOrDefaultAsync(b => b.Id == id, ct)
                   ?? throw new NotFoundException(Loc.T("机构", "Body"));
        if (await db.Bodies.AnyAsync(b => b.ParentBodyId == id, ct))
            throw new ConflictException(Loc.T("该机构下还有下级机构，请先删除或移走下级机构",
                "This body still has child bodies; delete or move them first"));
        db.Posts.RemoveRange(await db.Posts.Include(p => p.Allocations).Where(p => p.BodyId == id).ToListAsync(ct));
        db.Bodies.Remove(body);
        await db.SaveChangesAsync(ct);
    }
}
