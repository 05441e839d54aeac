using Tongxin.Web.Features.People;

namespace Tongxin.Web.Features.Friendships;

/// <summary>Pair a Party-member leader with a non-Party person (PPL-4); the pair lives at the leader's node.</summary>
public sealed class SaveFriendship(TongxinDb db, TimeProvider clock) : IHandler
{
    public sealed record Request(Guid? LeaderId, Guid? FriendId, DateOnly? Since);

    public async Task<Guid> HandleAsync(Request r, CancellationToken ct = default)
    {
        var check = new Check();
        var leader = await db.FindAsync(r.LeaderId, check, nameof(r.LeaderId), ct);
        var friend = await db.FindAsync(r.FriendId, check, nameof(r.FriendId), ct);
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        check.That(leader is null || leader.Affiliation == PersonRefs.PartyMember, nameof(r.LeaderId),
            Loc.T("联谊交友的一方应为中共党员领导干部",
            "One side of the pair must be a CPC leading cadre"))
            .That(friend is null || friend.Affiliation != PersonRefs.PartyMember, nameof(r.FriendId),
                Loc.T("交友对象应为党外人士", "The friend must be a non-Party person"))
            .That(r.Since is null || r.Since <= today, nameof(r.Since), Loc.T("结对日期不能晚于今天",
                "The pairing date cannot be later than today"));
        if (leader is not null && friend is not null)
            check.That(!await db.Friendships.AnyAsync(f => f.LeaderId == leader.Id && f.FriendId == friend.Id, ct),
                nameof(r.FriendId), Loc.T($"{leader.Name} 与 {friend.Name} 已结对",
                $"{leader.Name} and {friend.Name} are already paired"));
        check.ThrowIfAny();
        var pair = db.Friendships.Add(new Friendship
        {
            LeaderId = leader!.Id, FriendId = friend!.Id, Since = r.Since
            ?? today, NodeId = leader.NodeId, NodePath = leader.NodePath
        }).Entity;
        await db.SaveChangesAsync(ct);
        return pair.Id;
    }
}
