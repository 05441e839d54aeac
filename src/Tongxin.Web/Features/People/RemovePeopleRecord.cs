namespace Tongxin.Web.Features.People;

/// <summary>
/// Delete one record attached to people (cadre, placement, seat, review, pair, contact, suggestion); audited like
/// every delete.
/// </summary>
public sealed class RemovePeopleRecord(TongxinDb db) : IHandler
{
    // Names are looked up when the error is thrown, not when the class loads, so each request gets its language.
    private static readonly IReadOnlyDictionary<Type, (string Zh, string En)> Names =
        new Dictionary<Type, (string, string)>
        {
            [typeof(NonPartyCadre)] = ("党外干部", "Non-Party cadre"),
            [typeof(Placement)] = ("挂职锻炼记录", "Placement"),
            [typeof(PoliticalArrangement)] = ("政治安排", "Political arrangement"),
            [typeof(AnnualReview)] = ("年度考察", "Annual review"),
            [typeof(Friendship)] = ("结对", "Friendship pair"),
            [typeof(FriendshipContact)] = ("联系记录", "Contact record"),
            [typeof(Suggestion)] = ("建言", "Suggestion"),
        };

    public Task HandleAsync(string kind, Guid id, CancellationToken ct = default) => kind switch
    {
        "cadres" => Remove(db.NonPartyCadres, id, ct),
        "placements" => Remove(db.Placements, id, ct),
        "arrangements" => Remove(db.PoliticalArrangements, id, ct),
        "reviews" => Remove(db.AnnualReviews, id, ct),
        "friendships" => Remove(db.Friendships, id, ct),
        "contacts" => Remove(db.FriendshipContacts, id, ct),
        "suggestions" => Remove(db.Suggestions, id, ct),
        _ => throw new NotFoundException(Loc.T("记录", "Record")),
    };

    private async Task Remove<T>(DbSet<T> set, Guid id, CancellationToken ct) where T : Entity
    {
        var row = await set.SingleOrDefaultAsync(x => x.Id == id, ct) ?? throw new NotFoundException(
            Loc.T(Names[typeof(T)].Zh, Names[typeof(T)].En));
        set.Remove(row);
        await db.SaveChangesAsync(ct);
    }
}
