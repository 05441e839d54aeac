using Microsoft.EntityFrameworkCore;
using Tongxin.Domain.Text;

namespace Tongxin.Data.Seed;

/// <summary>
/// Fills <c>Person.NameInitials</c> for rows written before the column existed (a derived search column, so it is
/// updated in place without audit rows; every later save keeps it in step).
/// </summary>
public static class NameInitialsBackfill
{
    public static async Task<int> RunAsync(TongxinDb db, CancellationToken ct = default)
    {
        var done = 0;
        while (true)
        {
            var batch = await db.People.Where(p => p.NameInitials == null).OrderBy(p => p.Id).Select(p => new { p.Id, p.Name }).Take(500).ToListAsync(ct);
            if (batch.Count == 0) return done;
            foreach (var p in batch)
            {
                var initials = PinyinInitials.Of(p.Name);
                await db.People.Where(x => x.Id == p.Id).ExecuteUpdateAsync(s => s.SetProperty(x => x.NameInitials, initials), ct);
            }
            done += batch.Count;
        }
    }
}
