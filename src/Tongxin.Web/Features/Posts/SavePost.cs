namespace Tongxin.Web.Features.Posts;

/// <summary>Create a unit's authorised posts of one kind (行政编制, 事业编制…) or change the number
/// (ORG-2).</summary>
public sealed class SavePost(TongxinDb db) : IHandler
{
    public sealed record Request(Guid? BodyId, string? Kind, int? Authorized, long Version = 0);

    public async Task<Guid> HandleAsync(Guid? id, Request r, CancellationToken ct = default)
    {
        var check = new Check().Required(nameof(r.Kind), Loc.T("编制类型", "Post kind"), r.Kind, 20)
            .That(r.Authorized is >= 0 and <= 10000, nameof(r.Authorized),
            Loc.T("核定编制数应为 0 到 10000 之间的整数",
                "The authorised number must be a whole number from 0 to 10000"));
        var post = id is { } existing ? await db.Posts.SingleOrDefaultAsync(p => p.Id == existing, ct)
            ?? throw new NotFoundException(Loc.T("编制", "Post")) : null;
        var body = await db.Bodies.SingleOrDefaultAsync(b => b.Id == (post == null ? r.BodyId : post.BodyId), ct);
        check.That(body is not null, nameof(r.BodyId), Loc.T("单位不存在或不在您的数据范围内",
            "The unit does not exist or is outside your data scope"));
        var kind = r.Kind?.Trim();
        if (body is not null && await db.Posts.AnyAsync(p => p.BodyId == body.Id && p.Kind == kind && p.Id != id, ct))
            check.Add(nameof(r.Kind), Loc.T($"该单位已有{kind}，请直接修改其核定数",
                $"This unit already has {kind}; edit its authorised number instead"));
        check.ThrowIfAny();
        if (post is null)
        {
            post = new Post { BodyId = body!.Id, Kind = kind!, NodeId = body.NodeId, NodePath = body.NodePath };
            db.Posts.Add(post);
        }
        else db.Entry(post).Property(p => p.Version).OriginalValue = r.Version;
        post.Kind = kind!;
        post.Authorized = r.Authorized!.Value;
        await db.SaveChangesAsync(ct);
        return post.Id;
    }
}
