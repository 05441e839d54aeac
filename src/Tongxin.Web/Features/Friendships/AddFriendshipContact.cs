namespace Tongxin.Web.Features.Friendships;

/// <summary>Log a contact of a 联谊交友 pair (date, form, topic) — the facts duty R2 counts.</summary>
public sealed class AddFriendshipContact(TongxinDb db, TimeProvider clock) : IHandler
{
    public sealed record Request(DateOnly? Date, string? Form, string? Topic);

    public async Task<Guid> HandleAsync(Guid friendshipId, Request r, CancellationToken ct = default)
    {
        var pair = await db.Friendships.SingleOrDefaultAsync(f => f.Id == friendshipId, ct)
            ?? throw new NotFoundException(Loc.T("结对", "Friendship pair"));
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        new Check().That(r.Date is not null, nameof(r.Date), Loc.T("请填写日期", "Enter the date"))
            .That(r.Date is null || (r.Date <= today && r.Date >= pair.Since), nameof(r.Date),
            Loc.T("日期应在结对之后且不晚于今天",
            "The date must be after the pairing and not later than today"))
            .That(FriendshipContact.Forms.Contains(r.Form), nameof(r.Form), Loc.T("请选择联系方式",
                "Choose a form of contact")).Required(nameof(r.Topic), Loc.T("主题", "Topic"), r.Topic, 200)
                .ThrowIfAny();
        var contact = db.FriendshipContacts.Add(new FriendshipContact
        {
            FriendshipId = pair.Id, Date = r.Date!.Value,
            Form = r.Form!, Topic = r.Topic!.Trim(),
            NodeId = pair.NodeId, NodePath = pair.NodePath
        }).Entity;
        await db.SaveChangesAsync(ct);
        return contact.Id;
    }
}
