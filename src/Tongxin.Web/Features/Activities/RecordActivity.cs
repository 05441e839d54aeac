using Tongxin.Domain.Time;
using Tongxin.Web.Features.Dictionaries;
using Tongxin.Web.Features.People;

namespace Tongxin.Web.Features.Activities;

// The feature namespace Tongxin.Web.Features.Dictionaries hides the seed's kind codes from here.
using Dictionaries = Tongxin.Data.Seed.Dictionaries;

/// <summary>
/// Record or edit an activity (OBL-1) for a body, a person or a node, with participants from the register. The node
/// is the body's or the person's, else the chosen node; all must be in the user's scope (a town records only for
/// itself). A 成员单位联络人 records only for their own unit, whatever the request says.
/// </summary>
public sealed class RecordActivity(TongxinDb db, PeopleDictionary dictionary, TimeProvider clock, CurrentUser user)
    : IHandler
{
    public sealed record Request(
        DateOnly? Date, string? Type, Guid? BodyId, Guid? PersonId, Guid? NodeId, string? Topic, string? Minutes,
        Guid[]? Participants, Guid? MemberUnitId = null, long Version = 0);

    public async Task<Guid> HandleAsync(Guid? id, Request r, CancellationToken ct = default)
    {
        // The user's today is the Beijing date: before 08:00 there the UTC date would reject today's activities.
        var today = ChinaTime.Today(clock);
        var dict = await dictionary.HandleAsync(ct);
        var check = new Check().That(r.Date is not null && r.Date <= today && r.Date.Value.Year >= 2000,
            nameof(r.Date), Loc.T("请填写活动日期（不晚于今天）",
                "Enter the activity date (not later than today)"))
            .That(r.Type is not null && dict.Has(Dictionaries.ActivityType, r.Type), nameof(r.Type),
                Loc.T("请选择活动类型", "Choose an activity type"))
            .Required(nameof(r.Topic), Loc.T("主题", "Topic"), r.Topic, 200)
            .Optional(nameof(r.Minutes), Loc.T("纪要", "Minutes"), r.Minutes, 8000)
            .That((r.Participants ?? []).Length <= 200, nameof(r.Participants),
                Loc.T("参加人员最多 200 人", "At most 200 participants"));
        var unitId = db.CurrentUser.MemberUnitId ?? r.MemberUnitId;
        var unit = unitId is { } uid
            ? await db.MemberUnits.AsNoTracking().SingleOrDefaultAsync(u => u.Id == uid, ct)
            : null;
        check.That(unitId is null || unit is not null, nameof(r.MemberUnitId),
            Loc.T("成员单位不存在或不在您的数据范围内",
                "The member unit does not exist or is outside your data scope"));
        if (unitId is not null) r = r with { BodyId = null, PersonId = null, NodeId = null };
        var body = r.BodyId is { } bid
            ? await db.Bodies.AsNoTracking().SingleOrDefaultAsync(b => b.Id == bid, ct)
            : null;
        check.That(r.BodyId is null || body is not null, nameof(r.BodyId),
            Loc.T("机构不存在或不在您的数据范围内",
                "The body does not exist or is outside your data scope"));
        var person = r.PersonId is { } pid ? await db.FindAsync(pid, check, nameof(r.PersonId), ct) : null;
        var node = body is null && person is null && r.NodeId is { } nid
            ? await db.Regions.AsNoTracking().SingleOrDefaultAsync(x => x.Id == nid, ct)
            : null;
        check.That(unitId is not null || body is not null || person is not null || node is not null, nameof(r.NodeId),
            Loc.T("请选择活动所属的机构、人员或节点（须在您的数据范围内）",
            "Choose the body, person or node the activity belongs to (within your data scope)"));
        var participants = (r.Participants ?? []).Distinct().ToList();
        if (participants.Count > 0)
        {
            var visible = await db.People.Where(p => participants.Contains(p.Id)).CountAsync(ct);
            check.That(visible == participants.Count, nameof(r.Participants),
                Loc.T("参加人员须为人员库中您可见的人员",
                    "Participants must be people you can see in the people register"));
        }
        check.ThrowIfAny();
        var a = id is { } existing ? await db.Activities.SingleOrDefaultAsync(x => x.Id == existing, ct)
            ?? throw new NotFoundException(Loc.T("活动", "Activity"))
            : db.Activities.Add(new Activity { Type = "", Topic = "", NodePath = "", RecordedBy = user.UserId }).Entity;
        if (id is not null) db.Entry(a).Property(x => x.Version).OriginalValue = r.Version;
        (a.Date, a.Type, a.BodyId, a.PersonId, a.Topic, a.Minutes) =
            (r.Date!.Value, r.Type!, body?.Id, person?.Id, r.Topic!.Trim(), r.Minutes?.Trim());
        a.Participants = "|" + string.Join("|", participants) + (participants.Count > 0 ? "|" : "");
        a.MemberUnitId = unit?.Id;
        (a.NodeId, a.NodePath) = unit is not null ? (unit.NodeId, unit.NodePath)
            : body is not null ? (body.NodeId, body.NodePath)
            : person is not null ? (person.NodeId, person.NodePath)
            : (node!.Id, node.NodePath);
        a.HasEvidence = !string.IsNullOrWhiteSpace(a.Minutes) || a.AttachmentCount > 0;
        await using var tx = await db.BeginWriteAsync(ct);
        await db.SaveChangesAsync(ct);
        // Attachments follow their activity's node and unit, so their downloads stay scoped like it.
        if (id is not null)
            await db.UpdateAuditedAsync(db.ActivityAttachments.Where(f => f.ActivityId == a.Id), s => s
                .SetProperty(f => f.NodeId, a.NodeId).SetProperty(f => f.NodePath, a.NodePath)
                .SetProperty(f => f.MemberUnitId, a.MemberUnitId), ct);
        await tx.CommitAsync(ct);
        return a.Id;
    }
}
