namespace Tongxin.Web.Features.Liaison;

/// <summary>建账: a rectification item of a visit, with an owner and a due date not before the visit (LIA-4).</summary>
public sealed class AddRectification(TongxinDb db, Plans.TaskLadder ladder) : IHandler
{
    public sealed record Request(string? Title, string? Owner, DateOnly? DueOn);

    public async Task<Guid> HandleAsync(Guid visitId, Request r, CancellationToken ct = default)
    {
        var visit = await db.Set<Visit>().AsNoTracking().SingleOrDefaultAsync(v => v.Id == visitId, ct)
            ?? throw new NotFoundException(Loc.T("调研督查", "Visit"));
        new Check().Required(nameof(r.Title), Loc.T("整改事项", "Item"), r.Title, 300)
            .Required(nameof(r.Owner), Loc.T("责任人", "Owner"), r.Owner, 100)
            .That(r.DueOn is not null && r.DueOn >= visit.Date && r.DueOn.Value.Year <= 2100, nameof(r.DueOn),
                Loc.T($"完成时限不能早于调研日期（{Loc.Date(visit.Date)}）",
                    $"The due date cannot be before the visit ({Loc.Date(visit.Date)})"))
            .ThrowIfAny();
        var item = db.Set<RectificationItem>().Add(new RectificationItem
        {
            VisitId = visit.Id, Title = r.Title!.Trim(), Owner = r.Owner!.Trim(), DueOn = r.DueOn!.Value,
            NodeId = visit.NodeId, NodePath = visit.NodePath,
        }).Entity;
        ladder.Apply(item); // an item already overdue or due soon is on the ladder from the start
        await db.SaveChangesAsync(ct);
        return item.Id;
    }
}
