using Microsoft.EntityFrameworkCore.ChangeTracking;
using Tongxin.Data.Saving;

namespace Tongxin.Data.Audit;

/// <summary>
/// SEC-13: one audit row per added, changed or deleted row — its before and after values, secrets and derived
/// bookkeeping left out. The save writes the rows in the change's own transaction (SEC-15).
/// </summary>
internal sealed class ChangeAuditStep : ISaveStep
{
    internal static readonly HashSet<string> NeverAudited =
        ["PasswordHash", "SecurityStamp", "ConcurrencyStamp", "NormalizedUserName", "NormalizedEmail", "NormalizedName",
         "IdCipher", "IdIndex", "PhoneCipher", "PhoneIndex", nameof(Entity.Version)];

    public int Order => 1000;

    public void OnSaving(SavingChanges save)
    {
        foreach (var e in save.Entries) Audit(save, e);
    }

    private static void Audit(SavingChanges save, EntityEntry e)
    {
        var props = e.Properties.Where(p => !NeverAudited.Contains(p.Metadata.Name)).ToList();
        object? details = e.State switch
        {
            EntityState.Added => new { after = props.ToDictionary(p => p.Metadata.Name, p => p.CurrentValue) },
            EntityState.Deleted => new { before = props.ToDictionary(p => p.Metadata.Name, p => p.OriginalValue) },
            _ => new
            {
                before = props.Where(p => p.IsModified).ToDictionary(p => p.Metadata.Name, p => p.OriginalValue),
                after = props.Where(p => p.IsModified).ToDictionary(p => p.Metadata.Name, p => p.CurrentValue),
            },
        };
        var ev = e.State switch
        {
            EntityState.Added => AuditEvents.Create,
            EntityState.Deleted => AuditEvents.Delete,
            _ => AuditEvents.Update,
        };
        var key = string.Join(",",
            e.Metadata.FindPrimaryKey()!.Properties.Select(p => e.Property(p.Name).CurrentValue));
        save.AddAudit(ev, e.Metadata.ClrType.Name, key,
            (e.Entity as INodeScoped)?.NodePath ?? (e.Entity as AppUser)?.NodePath, details);
    }
}
