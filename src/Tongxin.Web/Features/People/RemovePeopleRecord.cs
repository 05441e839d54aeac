using Microsoft.EntityFrameworkCore;
using Tongxin.Data;
using Tongxin.Data.Entities;
using Tongxin.Web.Infrastructure;

namespace Tongxin.Web.Features.People;

/// <summary>Delete one record attached to people (cadre, placement, seat, review, pair, contact, suggestion); audited like every delete.</summary>
public sealed class RemovePeopleRecord(TongxinDb db) : IHandler
{
    public static readonly IReadOnlyDictionary<string, (Type Type, string Zh)> Kinds = new Dictionary<string, (Type, string)>
    {
        ["cadres"] = (typeof(NonPartyCadre), "党外干部"), ["placements"] = (typeof(Placement), "挂职锻炼记录"),
        ["arrangements"] = (typeof(PoliticalArrangement), "政治安排"), ["reviews"] = (typeof(AnnualReview), "年度考察"),
        ["friendships"] = (typeof(Friendship), "结对"), ["contacts"] = (typeof(FriendshipContact), "联系记录"),
        ["suggestions"] = (typeof(Suggestion), "建言"),
    };

    public Task HandleAsync(string kind, Guid id, CancellationToken ct = default) => kind switch
    {
        "cadres" => Remove(db.NonPartyCadres, id, ct), "placements" => Remove(db.Placements, id, ct),
        "arrangements" => Remove(db.PoliticalArrangements, id, ct), "reviews" => Remove(db.AnnualReviews, id, ct),
        "friendships" => Remove(db.Friendships, id, ct), "contacts" => Remove(db.FriendshipContacts, id, ct),
        "suggestions" => Remove(db.Suggestions, id, ct), _ => throw new NotFoundException("记录"),
    };

    private async Task Remove<T>(DbSet<T> set, Guid id, CancellationToken ct) where T : Entity
    {
        var row = await set.SingleOrDefaultAsync(x => x.Id == id, ct) ?? throw new NotFoundException(Kinds.Values.First(k => k.Type == typeof(T)).Zh);
        set.Remove(row);
        await db.SaveChangesAsync(ct);
    }
}
