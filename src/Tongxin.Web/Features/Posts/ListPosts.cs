namespace Tongxin.Web.Features.Posts;

/// <summary>编制 vs 在岗 per unit, with vacancies (ORG-2).</summary>
public sealed class ListPosts(TongxinDb db) : IHandler
{
    public sealed record Query(string? Q = null, bool? VacantOnly = null, int Page = 1, int PageSize = 20);

    public sealed record Row(Guid Id, Guid BodyId, string BodyName, string NodeName, string Kind, int Authorized,
        int InPost, int Vacant);

    public Task<Paged<Row>> HandleAsync(Query q, CancellationToken ct = default)
    {
        var posts = db.Posts.AsNoTracking();
        if (Check.Clean(q.Q) is { } text)
            posts = posts.Where(p => p.Body!.Name.Contains(text) || p.Kind.Contains(text));
        if (q.VacantOnly == true) posts = posts.Where(p => p.Allocations.Count < p.Authorized);
        return posts.OrderBy(p => p.NodePath).ThenBy(p => p.Body!.Name)
            .Select(p =>
            new Row(p.Id, p.BodyId, p.Body!.Name,
            db.Regions.Where(r => r.Id == p.NodeId).Select(r => r.Name).FirstOrDefault() ?? "",
                p.Kind, p.Authorized, p.Allocations.Count, p.Authorized - p.Allocations.Count))
            .ToPagedAsync(q.Page, q.PageSize, ct);
    }
}
