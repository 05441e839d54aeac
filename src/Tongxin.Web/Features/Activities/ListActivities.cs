using Tongxin.Data.Scope;
using Tongxin.Domain.Regions;
using Tongxin.Web.Features.Dictionaries;
using Tongxin.Web.Features.People;

namespace Tongxin.Web.Features.Activities;

// The feature namespace Tongxin.Web.Features.Dictionaries hides the seed's kind codes from here.
using Dictionaries = Tongxin.Data.Seed.Dictionaries;

/// <summary>活动记录 in scope: filter by year, type, body, node subtree and topic; newest first.</summary>
public sealed class ListActivities(TongxinDb db, PeopleDictionary dictionary, CurrentUser user) : IHandler
{
    public sealed record Query(
        int? Year = null, string? Type = null, Guid? BodyId = null, Guid? NodeId = null, string? Q = null,
        int Page = 1, int PageSize = 20, bool Mine = false);
    public sealed record Row(
        Guid Id, DateOnly Date, string Type, string TypeName, string Topic, string Owner, string NodeName,
        bool HasEvidence, int Attachments);

    public async Task<Paged<Row>> HandleAsync(Query q, CancellationToken ct = default)
    {
        var list = db.Activities.AsNoTracking();
        if (q.Year is { } year) list = list.Where(a => a.Year == year);
        if (Check.Clean(q.Type) is { } type) list = list.Where(a => a.Type == type);
        if (q.BodyId is { } body) list = list.Where(a => a.BodyId == body);
        if (Check.Clean(q.Q) is { } text) list = list.Where(a => a.Topic.Contains(text));
        if (q.Mine) list = list.Where(a => a.RecordedBy == (user.UserId ?? ""));
        if (q.NodeId is { } nodeId
            && await db.Regions.Where(r => r.Id == nodeId).Select(r => r.NodePath).FirstOrDefaultAsync(ct) is { } path)
            list = list.InSubtree(path);
        var page = await list.OrderByDescending(a => a.Date).ThenByDescending(a => a.Id)
            .ToPagedAsync(q.Page, q.PageSize, ct);
        var bodyIds = page.Items.Where(a => a.BodyId != null).Select(a => a.BodyId!.Value).Distinct().ToList();
        var bodies = await db.Bodies.Where(b => bodyIds.Contains(b.Id)).ToDictionaryAsync(b => b.Id, b => b.Name, ct);
        var people = await db.LoadAsync(page.Items.Where(a => a.PersonId != null).Select(a => a.PersonId!.Value), ct);
        var unitIds = page.Items.Where(a => a.MemberUnitId != null).Select(a => a.MemberUnitId!.Value).Distinct()
            .ToList();
        var units = await db.MemberUnits.Where(u => unitIds.Contains(u.Id))
            .ToDictionaryAsync(u => u.Id, u => u.UnitName, ct);
        var nodeIds = page.Items.Select(a => a.NodeId).Distinct().ToList();
        var nodes = await db.Regions.Where(r => nodeIds.Contains(r.Id)).ToDictionaryAsync(r => r.Id, r => r.Name, ct);
        var dict = await dictionary.HandleAsync(ct);
        var rows = page.Items.Select(a => new Row(a.Id, a.Date, a.Type,
            dict.Name(Dictionaries.ActivityType, a.Type) ?? a.Type, a.Topic,
            a.MemberUnitId is { } u ? units.GetValueOrDefault(u) ?? ""
                : a.BodyId is { } b ? bodies.GetValueOrDefault(b) ?? ""
                : a.PersonId is { } p ? people.GetValueOrDefault(p)?.Name ?? ""
                : nodes.GetValueOrDefault(a.NodeId) ?? "",
            nodes.GetValueOrDefault(a.NodeId) ?? "", a.HasEvidence, a.AttachmentCount)).ToList();
        return new Paged<Row>(rows, page.Total, page.Page, page.PageSize);
    }
}
