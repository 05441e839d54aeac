using Microsoft.EntityFrameworkCore.Query;
using Tongxin.Data.Audit;
using Tongxin.Data.Scope;

namespace Tongxin.Data;

/// <summary>
/// Set-based updates and deletes of register rows, audited like a save (SEC-13): the rows are read before (and, for
/// an update, after) in the same transaction, checked against the writer's scope, and each row that changed gets the
/// audit row a tracked save would have written — committed with the change or not at all (SEC-15). Use these instead
/// of <c>ExecuteUpdate</c>/<c>ExecuteDelete</c> on anything a user owns; the raw forms are left to derived bookkeeping
/// (tallies, search columns), the audit log itself and sign-in stamps, which have their own audit events.
/// </summary>
public sealed partial class TongxinDb
{
    /// <summary>Updates the rows, audits each changed row as an update; returns the number of rows changed.</summary>
    public async Task<int> UpdateAuditedAsync<T>(IQueryable<T> rows, Action<UpdateSettersBuilder<T>> set,
        CancellationToken ct = default) where T : Entity =>
        await AuditedAsync(rows, AuditEvents.Update, async ids =>
        {
            await Set<T>().Where(r => ids.Contains(r.Id)).ExecuteUpdateAsync(set, ct);
            return await Set<T>().AsNoTracking().Where(r => ids.Contains(r.Id)).ToListAsync(ct);
        }, ct);

    /// <summary>Deletes the rows, audits each as a delete; returns the number of rows deleted.</summary>
    public async Task<int> DeleteAuditedAsync<T>(IQueryable<T> rows, CancellationToken ct = default) where T : Entity =>
        await AuditedAsync(rows, AuditEvents.Delete, async ids =>
        {
            await Set<T>().Where(r => ids.Contains(r.Id)).ExecuteDeleteAsync(ct);
            return [];
        }, ct);

    private async Task<int> AuditedAsync<T>(IQueryable<T> rows, string @event, Func<List<Guid>, Task<List<T>>> run,
        CancellationToken ct) where T : Entity
    {
        var own = Database.CurrentTransaction is null ? await BeginWriteAsync(ct) : null;
        await using (own)
        {
            var before = await rows.AsNoTracking().ToListAsync(ct);
            if (before.Count == 0) return 0;
            var after = (await run(before.Select(r => r.Id).ToList())).ToDictionary(r => r.Id);
            var type = Model.FindEntityType(typeof(T))!;
            var props = type.GetProperties()
                .Where(p => !p.IsShadowProperty() && !ChangeAuditStep.NeverAudited.Contains(p.Name)).ToList();
            var changed = 0;
            foreach (var old in before)
            {
                var now = after.GetValueOrDefault(old.Id);
                // Read back through the scope filter: an update that moved a row out of the writer's sight is refused.
                if (now is null && @event == AuditEvents.Update) throw new OutOfScopeException(typeof(T).Name);
                foreach (var path in new[] { (old as INodeScoped)?.NodePath, (now as INodeScoped)?.NodePath })
                    if (path is not null && !InScope(path)) throw new OutOfScopeException(typeof(T).Name);
                var values = props.Select(p => (p.Name, Before: p.GetGetter().GetClrValue(old),
                    After: now is null ? null : p.GetGetter().GetClrValue(now))).ToList();
                object details;
                if (now is null) details = new { before = values.ToDictionary(v => v.Name, v => v.Before) };
                else
                {
                    var diff = values.Where(v => !Equals(v.Before, v.After)).ToList();
                    if (diff.Count == 0) continue;
                    details = new
                    {
                        before = diff.ToDictionary(v => v.Name, v => v.Before),
                        after = diff.ToDictionary(v => v.Name, v => v.After),
                    };
                }
                changed++;
                AddAuditEvent(@event, type.ClrType.Name, old.Id.ToString(),
                    ((now ?? old) as INodeScoped)?.NodePath, details: details);
            }
            await SaveChangesAsync(ct);
            if (own is not null) await own.CommitAsync(ct);
            return changed;
        }
    }
}
