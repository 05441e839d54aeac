namespace Tongxin.Data.Seed;

/// <summary>
/// Fills <c>Person.NameInitials</c> for rows written before the column existed (a derived search column, so it is
/// updated in place without audit rows; every later save keeps it in step). The value comes from
/// <see cref="Entities.Person.Derive"/>, the one place it is computed.
/// </summary>
public static class NameInitialsBackfill
{
    public static async Task<int> RunAsync(TongxinDb db, CancellationToken ct = default)
    {
        var done = 0;
        while (true)
        {
            var batch = await db.People.AsNoTracking().Where(p => p.NameInitials == null).OrderBy(p => p.Id).Take(500)
                .ToListAsync(ct);
            if (batch.Count == 0) return done;
            foreach (var p in batch)
            {
                p.Derive();
                await db.People.Where(x => x.Id == p.Id)
                    .ExecuteUpdateAsync(s => s.SetProperty(x => x.NameInitials, p.NameInitials), ct);
            }
            done += batch.Count;
        }
    }
}
