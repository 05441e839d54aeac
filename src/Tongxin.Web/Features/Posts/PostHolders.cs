namespace Tongxin.Web.Features.Posts;

/// <summary>在岗: put a person into one of a unit's posts, or take them out. Over-staffing is allowed and shown
/// (超编).</summary>
public sealed class PostHolders(TongxinDb db, TimeProvider clock) : IHandler
{
    public sealed record Request(string? PersonName, string? Title, DateOnly? Since);

    public async Task<Guid> AddAsync(Guid postId, Request r, CancellationToken ct = default)
    {
        var post = await db.Posts.SingleOrDefaultAsync(p => p.Id == postId, ct)
            ?? throw new NotFoundException(Loc.T("编制", "Post"));
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        new Check().Required(nameof(r.PersonName), Loc.T("姓名", "Name"), r.PersonName, 50).Optional(nameof(r.Title),
            Loc.T("职务", "Position"), r.Title, 100)
            .That(r.Since is not null, nameof(r.Since), Loc.T("请填写任职时间", "Enter the start date"))
            .That(r.Since is null || r.Since <= today.AddDays(1), nameof(r.Since),
            Loc.T("任职时间不能晚于今天",
                "The start date cannot be later than today")).ThrowIfAny();
        var holder = new PostAllocation
        {
            PostId = post.Id, PersonName = r.PersonName!.Trim(), Title = Check.Clean(r.Title), Since = r.Since!.Value,
            NodeId = post.NodeId, NodePath = post.NodePath,
        };
        db.PostAllocations.Add(holder);
        await db.SaveChangesAsync(ct);
        return holder.Id;
    }

    public async Task RemoveAsync(Guid postId, Guid holderId, CancellationToken ct = default)
    {
        var holder = await db.PostAllocations.SingleOrDefaultAsync(a => a.Id == holderId && a.PostId == postId, ct)
            ?? throw new NotFoundException(Loc.T("在岗人员", "Post holder"));
        db.PostAllocations.Remove(holder);
        await db.SaveChangesAsync(ct);
    }
}
