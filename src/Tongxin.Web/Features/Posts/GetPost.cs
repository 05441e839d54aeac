namespace Tongxin.Web.Features.Posts;

public sealed class GetPost(TongxinDb db) : IHandler
{
    public sealed record Holder(Guid Id, string PersonName, string? Title, DateOnly Since);

    public sealed record Result(Guid Id, Guid BodyId, string BodyName, string Kind, int Authorized, long Version,
        IReadOnlyList<Holder> Holders);

    public async Task<Result> HandleAsync(Guid id, CancellationToken ct = default)
    {
        var p = await db.Posts.AsNoTracking().Include(x => x.Body).Include(x => x.Allocations)
                    .SingleOrDefaultAsync(x => x.Id == id, ct) ?? throw new NotFoundException(Loc.T("编制", "Post"));
        return new Result(p.Id, p.BodyId, p.Body?.Name ?? "", p.Kind, p.Authorized, p.Version,
            p.Allocations.OrderBy(a => a.Since).Select(a => new Holder(a.Id, a.PersonName, a.Title, a.Since)).ToList());
    }
}
