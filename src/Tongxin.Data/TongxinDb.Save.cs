using System.Text.Json;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Tongxin.Data.Audit;
using Tongxin.Data.Saving;
using Tongxin.Data.Scope;
using Tongxin.Domain.Audit;

namespace Tongxin.Data;

/// <summary>
/// Every save checks scope, bumps versions, fills derived fields (<see cref="IHasDerivedFields"/>), runs the save
/// steps (<see cref="ISaveStep"/>: audit rows, tally marks, whatever a module adds) and writes the audit rows in the
/// same transaction (SEC-15): if the audit rows cannot be written, the change is not committed.
/// </summary>
public sealed partial class TongxinDb
{
    private static readonly SemaphoreSlim ChainLock = new(1, 1);
    private static readonly JsonSerializerOptions DetailsJson = new()
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All),
    };
    /// <summary>Queue an explicit audit event (sign-in, view, export, denial); written by the next save.</summary>
    public void AddAuditEvent(string @event, string? objectType = null, string? objectId = null,
        string? nodePath = null, bool success = true, object? details = null, string? userName = null) =>
        _pendingEvents.Add(NewAuditEntry(@event, objectType, objectId, nodePath, success, AuditDetails(details),
            userName));

    internal static string? AuditDetails(object? details) =>
        details is null ? null : details as string ?? JsonSerializer.Serialize(details, DetailsJson);

    private bool _holdsChainLock;

    /// <summary>
    /// A unit of work of several saves (e.g. a user with roles). It holds the writer lock for its whole life, so
    /// no other save of this process interleaves (SQLite has one writer; the audit chain needs one order).
    /// </summary>
    public async Task<WriteScope> BeginWriteAsync(CancellationToken ct = default)
    {
        // Nested inside an outer unit of work (a phone form's idempotency key and its write): join it.
        if (_holdsChainLock && Database.CurrentTransaction is not null) return new WriteScope(this, null);
        await ChainLock.WaitAsync(ct);
        try
        {
            _holdsChainLock = true;
            return new WriteScope(this, await Database.BeginTransactionAsync(ct));
        }
        catch
        {
            _holdsChainLock = false;
            ChainLock.Release();
            throw;
        }
    }

    private readonly List<Action> _onRollback = [];

    /// <summary>
    /// Undo something outside the database (a file written to disk) if the open unit of work does not commit, so a
    /// refused save leaves no orphan behind. Without an open unit of work the caller cleans up after its own save.
    /// </summary>
    public void OnRollback(Action undo)
    {
        if (_holdsChainLock && Database.CurrentTransaction is not null) _onRollback.Add(undo);
    }

    public sealed class WriteScope(TongxinDb db, Microsoft.EntityFrameworkCore.Storage.IDbContextTransaction? tx)
        : IAsyncDisposable
    {
        /// <summary>A joined scope commits nothing: the outer one commits or rolls back the whole.</summary>
        public async Task CommitAsync(CancellationToken ct = default)
        {
            if (tx is null) return;
            await tx.CommitAsync(ct);
            db._onRollback.Clear();
        }

        public async ValueTask DisposeAsync()
        {
            if (tx is null) return;
            try
            {
                await tx.DisposeAsync();
            }
            finally
            {
                var undos = db._onRollback.ToList();
                db._onRollback.Clear();
                db._holdsChainLock = false;
                ChainLock.Release(); // whatever the clean-up meets, the next writer must not wait for ever
                // Best effort and never masking the refusal that caused the rollback: a file left behind is
                // harmless (no row points to it), a lost reason or a held lock is not.
                foreach (var undo in undos)
                    try { undo(); } catch (Exception) { }
            }
        }
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        SaveChangesAsync(acceptAllChangesOnSuccess).GetAwaiter().GetResult();

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken ct = default)
    {
        ChangeTracker.DetectChanges();
        var entries = ChangeTracker.Entries()
            .Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted
                && e.Entity is not AuditEntry)
            .ToList();
        foreach (var e in entries) CheckScopeAndVersion(e);
        // After DetectChanges, as before: a derived column follows its audited source and is not audited twice.
        foreach (var e in entries)
            if (e.State is EntityState.Added or EntityState.Modified && e.Entity is IHasDerivedFields derived)
                derived.Derive();
        var save = new SavingChanges(this, entries);
        foreach (var step in SaveSteps.All) step.OnSaving(save);
        var audit = save.Audit.Concat(_pendingEvents).ToList();
        _pendingEvents.Clear();
        if (audit.Count == 0) return await base.SaveChangesAsync(acceptAllChangesOnSuccess, ct);

        var locked = !_holdsChainLock;
        if (locked) await ChainLock.WaitAsync(ct);
        try
        {
            var own = Database.CurrentTransaction is null ? await Database.BeginTransactionAsync(ct) : null;
            await using (own)
            {
                if (Database.ProviderName?.Contains("Npgsql") == true)
                    await Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock(726901)", ct);
                // The chain continues from the signed head, not from the last row: rows cut from the end leave a
                // gap the verifier names, even after later writes.
                var head = await ReadAuditHeadAsync(ct);
                var seq = head.Seq;
                var prev = head.Hash;
                foreach (var a in audit)
                {
                    a.Seq = ++seq;
                    a.PrevHash = prev;
                    a.Hash = prev = AuditChain.Hash(_signer.Key, prev, Canonical(a));
                }
                AuditEntries.AddRange(audit);
                var n = await base.SaveChangesAsync(acceptAllChangesOnSuccess, ct);
                await MoveAuditHeadAsync(head.Seq, seq, prev, ct);
                if (own is not null) await own.CommitAsync(ct);
                return n;
            }
        }
        catch
        {
            foreach (var a in audit) Entry(a).State = EntityState.Detached;
            throw;
        }
        finally
        {
            if (locked) ChainLock.Release();
        }
    }

    public static string Canonical(AuditEntry a) => AuditChain.Canonical(a.Seq, a.TimeUtc, a.UserName, a.Ip, a.Event,
        a.ObjectType, a.ObjectId, a.NodePath, a.Success, a.Details);

    private void CheckScopeAndVersion(EntityEntry e)
    {
        if (e.Entity is INodeScoped scoped)
        {
            var original = e.State == EntityState.Modified
                ? e.Property(nameof(INodeScoped.NodePath)).OriginalValue as string
                : null;
            if (!InScope(scoped.NodePath) || (original is not null && !InScope(original)))
                throw new OutOfScopeException(e.Metadata.ClrType.Name);
        }
        if (e.Entity is Entity entity && e.State == EntityState.Modified) entity.Version++;
    }

    internal AuditEntry NewAuditEntry(string @event, string? objectType, string? objectId, string? nodePath,
        bool success, string? details, string? userName)
    {
        var now = _clock.GetUtcNow().UtcDateTime;
        return new AuditEntry
        {
            TimeUtc = new DateTime(now.Ticks - now.Ticks % 10, DateTimeKind.Utc),
            UserId = _user.UserId,
            UserName = userName ?? _user.UserName,
            Ip = _user.Ip,
            Event = @event,
            ObjectType = objectType,
            ObjectId = objectId,
            NodePath = nodePath,
            Success = success,
            Details = details,
        };
    }
}
