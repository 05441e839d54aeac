using Microsoft.EntityFrameworkCore;
using Tongxin.Data;
using Tongxin.Data.Entities;
using Tongxin.Web.Features.People;
using Tongxin.Web.Infrastructure;

namespace Tongxin.Web.Features.Activities;

/// <summary>One activity with its participants and attachments.</summary>
public sealed class GetActivity(TongxinDb db) : IHandler
{
    public sealed record File(Guid Id, string FileName, long Size);
    public sealed record Result(Activity Activity, IReadOnlyList<PersonRef> Participants, IReadOnlyList<File> Files);

    public async Task<Result> HandleAsync(Guid id, CancellationToken ct = default)
    {
        var a = await db.Activities.AsNoTracking().SingleOrDefaultAsync(x => x.Id == id, ct) ?? throw new NotFoundException("活动");
        var ids = a.Participants.Split('|', StringSplitOptions.RemoveEmptyEntries).Select(Guid.Parse).ToList();
        var people = await db.LoadAsync(ids, ct);
        var files = await db.ActivityAttachments.AsNoTracking().Where(f => f.ActivityId == id).OrderBy(f => f.FileName)
            .Select(f => new File(f.Id, f.FileName, f.Size)).ToListAsync(ct);
        return new Result(a, ids.Where(people.ContainsKey).Select(i => people[i]).ToList(), files);
    }
}
