namespace Tongxin.Web.Features.People;

public sealed class DeletePerson(TongxinDb db) : IHandler
{
    public async Task HandleAsync(Guid id, CancellationToken ct = default)
    {
        var p = await db.People.SingleOrDefaultAsync(x => x.Id == id, ct) ?? throw new NotFoundException(Loc.T("人员",
            "Person"));
        db.People.Remove(p);
        await db.SaveChangesAsync(ct);
    }
}
