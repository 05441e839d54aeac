using Tongxin.Data.Postgres;

namespace Tongxin.Web.Startup;

/// <summary>
/// Whether the database is at this build's schema, and who may bring it there (SEC-14). SQLite, and PostgreSQL under a
/// login that owns the schema (development, the tests), migrate on start as before; the serving app role cannot, so
/// with migrations pending it stops and asks for `tongxin migrate` run with the owner login.
/// </summary>
public static class Schema
{
    public const string MigrateFirst = "数据库尚未迁移到当前版本，请先运行 tongxin migrate。";

    public static async Task<bool> IsCurrentAsync(TongxinDb db, CancellationToken ct = default) =>
        !(await db.Database.GetPendingMigrationsAsync(ct)).Any();

    public static Task<bool> MayMigrateAsync(TongxinDb db, CancellationToken ct = default) =>
        db.Database.IsNpgsql() ? PostgresRoles.MayMigrateAsync(db, ct) : Task.FromResult(true);

    /// <summary>
    /// Applies the pending migrations; signs the audit head if this run created it; on PostgreSQL grants the app
    /// role its privileges (<see cref="PostgresRoles"/>) when one is configured and <paramref name="grant"/> or
    /// anything was migrated.
    /// </summary>
    public static async Task MigrateAsync(TongxinDb db, DatabaseOptions options, bool grant,
        CancellationToken ct = default)
    {
        var pending = (await db.Database.GetPendingMigrationsAsync(ct)).ToList();
        db.Database.SetCommandTimeout(TongxinDb.LongCommandTimeout);
        await db.Database.MigrateAsync(ct);
        db.Database.SetCommandTimeout(null);
        if (pending.Any(m => m.EndsWith("_AuditHead", StringComparison.Ordinal)))
            await db.SignMigratedAuditHeadAsync(ct);
        if (db.Database.IsNpgsql() && options.AppRole is { Length: > 0 } role && (grant || pending.Count > 0))
            await PostgresRoles.GrantAsync(db, role, ct);
    }
}
