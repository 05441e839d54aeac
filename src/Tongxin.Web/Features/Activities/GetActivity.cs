using Tongxin.Web.Features.People;

namespace Tongxin.Web.Features.Activities;

/// <summary>
/// One activity with whom it was recorded for (unit, body, person or node), its participants and attachments.
/// </summary>
public sealed class GetActivity(TongxinDb db) : IHandler
{
    public sealed record File(Guid Id, string FileName, long Size);
    public sealed record Result(
        Activity Activity, string Owner, IReadOnlyList<PersonRef> Participants, IReadOnlyList<File> Files);

    public async Task<Result> HandleAsync(Guid id, CancellationToken ct = default)
    {
        var a = await db.Activities.AsNoTracking().SingleOrDefaultAsync(x => x.Id == id, ct)
            ?? throw new NotFoundException(Loc.T("活动", "Activity"));
        var ids = a.Participants.Split('|', StringSplitOptions.RemoveEmptyEntries).Select(Guid.Parse).ToList();
        var people = await db.LoadAsync(ids, ct);
        var files = await db.ActivityAttachments.AsNoTracking().Where(f => f.ActivityId == id)
            .OrderBy(f => f.FileName)
            .Select(f => new File(f.Id, f.FileName, f.Size)).ToListAsync(ct);
        var owner = a.MemberUnitId is { } u
                ? await db.MemberUnits.Where(x => x.Id == u).Select(x => x.UnitName).FirstOrDefaultAsync(ct)
            : a.BodyId is { } b ? await db.Bodies.Where(x => x.Id == b).Select(x => x.Name).FirstOrDefaultAsync(ct)
            : a.PersonId is { } p ? (await db.LoadAsync([p], ct)).GetValueOrDefault(p)?.Name
            : await db.Regions.Where(x => x.Id == a.NodeId).Select(x => x.Name).FirstOrDefaultAsync(ct);
        return new Result(a, owner ?? "", ids.Where(people.ContainsKey).Select(i => people[i]).ToList(), files);
    }
}
