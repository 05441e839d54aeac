using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Tongxin.Data.Saving;

/// <summary>
/// A rule every save applies to the rows it writes — after the scope checks and derived fields, before the rows and
/// their audit chain are written in the save's one transaction (SEC-15). A module adds one by adding a class: every
/// non-abstract implementation in this assembly with a parameterless constructor is found once and run in
/// <see cref="Order"/> by every save, so a step holds no state of its own.
/// </summary>
public interface ISaveStep
{
    /// <summary>Lower runs first; ties run in type-name order.</summary>
    int Order => 0;

    void OnSaving(SavingChanges save);
}

/// <summary>One save as its steps see it: the context, the rows it adds, changes or deletes, its audit rows.</summary>
public sealed class SavingChanges
{
    private readonly List<AuditEntry> _audit = [];

    internal SavingChanges(TongxinDb db, IReadOnlyList<EntityEntry> entries) => (Db, Entries) = (db, entries);

    public TongxinDb Db { get; }

    /// <summary>Added, modified and deleted rows, audit rows excluded.</summary>
    public IReadOnlyList<EntityEntry> Entries { get; }

    internal IReadOnlyList<AuditEntry> Audit => _audit;

    /// <summary>Adds an audit row for the save; the save chains and writes it with the change, or not at all.</summary>
    public void AddAudit(string @event, string? objectType, string? objectId, string? nodePath, object? details) =>
        _audit.Add(Db.NewAuditEntry(@event, objectType, objectId, nodePath, true, TongxinDb.AuditDetails(details),
            null));
}

/// <summary>The save steps of this assembly, found once.</summary>
internal static class SaveSteps
{
    public static readonly IReadOnlyList<ISaveStep> All = typeof(ISaveStep).Assembly.GetTypes()
        .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(ISaveStep).IsAssignableFrom(t))
        .Select(t => (ISaveStep)Activator.CreateInstance(t, nonPublic: true)!)
        .OrderBy(s => s.Order).ThenBy(s => s.GetType().FullName, StringComparer.Ordinal)
        .ToList();
}
