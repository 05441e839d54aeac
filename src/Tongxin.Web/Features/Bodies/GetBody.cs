namespace Tongxin.Web.Features.Bodies;

/// <summary>
/// One body with its members, member units, sub-bodies, rules documents and posts (ORG-1, ORG-2, ORG-6).
/// </summary>
public sealed class GetBody(TongxinDb db) : IHandler
{
    public sealed record Member(Guid Id, string PersonName, string? Position, string Duty);
    public sealed record Unit(Guid Id, string UnitName, string? Duties);
    public sealed record Child(Guid Id, string Name, BodyType Type);
    public sealed record Doc(Guid Id, string? Number, string Title, DateOnly IssuedOn);
    public sealed record PostLine(Guid Id, string Kind, int Authorized, int InPost);

    public sealed record Result(
        Guid Id, string Name, BodyType Type, Guid NodeId, string NodeName, Guid? ParentBodyId, string? ParentName,
        string? Description, long Version, IReadOnlyList<Member> Members, IReadOnlyList<Unit> Units,
        IReadOnlyList<Child> Children, IReadOnlyList<Doc> Documents, IReadOnlyList<PostLine> Posts);

    public async Task<Result> HandleAsync(Guid id, CancellationToken ct = default)
    {
        var b = await db.Bodies.AsNoTracking().Include(x => x.ParentBody).SingleOrDefaultAsync(x => x.Id == id, ct)
                ?? throw new NotFoundException(Loc.T("机构", "Body"));
        var node = await db.Regions.Where(r => r.Id == b.NodeId).Select(r => r.Name).FirstOrDefaultAsync(ct) ?? "";
        var members = await db.BodyMembers.AsNoTracking().Where(m => m.BodyId == id).OrderBy(m => m.SortOrder)
            .Select(m => new Member(m.Id, m.PersonName, m.Position, m.Duty)).ToListAsync(ct);
        var units = await db.MemberUnits.AsNoTracking().Where(m => m.BodyId == id).OrderBy(m => m.UnitName)
            .Select(m => new Unit(m.Id, m.UnitName, m.Duties)).ToListAsync(ct);
        var children = await db.Bodies.AsNoTracking().Where(c => c.ParentBodyId == id).OrderBy(c => c.Name)
            .Select(c => new Child(c.Id, c.Name, c.Type)).ToListAsync(ct);
        var docs = await db.Documents.AsNoTracking().Where(d => d.BodyId == id).OrderByDescending(d => d.IssuedOn)
            .Select(d => new Doc(d.Id, d.Number, d.Title, d.IssuedOn)).ToListAsync(ct);
        var posts = await db.Posts.AsNoTracking().Where(p => p.BodyId == id)
            .Select(p => new PostLine(p.Id, p.Kind, p.Authorized, p.Allocations.Count)).ToListAsync(ct);
        return new Result(b.Id, b.Name, b.Type, b.NodeId, node, b.ParentBodyId, b.ParentBody?.Name, b.Description,
            b.Version, members, units, children, docs, posts);
    }
}
