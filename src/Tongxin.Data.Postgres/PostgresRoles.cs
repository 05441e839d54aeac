using System.Text.RegularExpressions;

namespace Tongxin.Data.Postgres;

/// <summary>
/// SEC-14 on PostgreSQL: what the serving app's role may do, granted by the owner at `tongxin migrate`. Generic — all
/// tables and sequences of the schema now and, through default privileges, those later migrations add — and then
/// narrowed: the audit log is insert-only, its head update-only, the migration history read-only, and no DDL.
/// ALTER (and so disabling a trigger) stays with the owner, which is never the app role.
/// </summary>
public static partial class PostgresRoles
{
    public static async Task GrantAsync(TongxinDb db, string appRole, CancellationToken ct = default)
    {
        var role = Quote(appRole);
        var schema = Quote(await db.Database.SqlQueryRaw<string>("SELECT current_schema() AS \"Value\"")
            .SingleAsync(ct));
        string[] statements =
        [
            $"GRANT USAGE ON SCHEMA {schema} TO {role}",
            // PostgreSQL before 15 lets every role create in the public schema.
            $"REVOKE CREATE ON SCHEMA {schema} FROM PUBLIC",
            $"REVOKE CREATE ON SCHEMA {schema} FROM {role}",
            $"GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA {schema} TO {role}",
            $"GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA {schema} TO {role}",
            $"ALTER DEFAULT PRIVILEGES IN SCHEMA {schema} GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO {role}",
            $"ALTER DEFAULT PRIVILEGES IN SCHEMA {schema} GRANT USAGE, SELECT, UPDATE ON SEQUENCES TO {role}",
            $"REVOKE UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER ON \"AuditEntries\" FROM {role}",
            $"REVOKE INSERT, DELETE, TRUNCATE, REFERENCES, TRIGGER ON \"AuditHead\" FROM {role}",
            $"REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON \"__EFMigrationsHistory\" FROM {role}",
            $"GRANT EXECUTE ON FUNCTION audit_purge(bigint) TO {role}",
        ];
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        foreach (var sql in statements) await db.Database.ExecuteSqlRawAsync(sql, ct);
        await tx.CommitAsync(ct);
    }

    /// <summary>
    /// True when this login may change the schema: CREATE on it and, once migrated, membership in the owner of the
    /// migration history. The app role has neither.
    /// </summary>
    public static Task<bool> MayMigrateAsync(TongxinDb db, CancellationToken ct = default) =>
        db.Database.SqlQueryRaw<bool>("""
            SELECT has_schema_privilege(current_schema(), 'CREATE')
               AND COALESCE((SELECT pg_has_role(current_user, c.relowner, 'USAGE') FROM pg_class c
                             WHERE c.oid = to_regclass('"__EFMigrationsHistory"')), true) AS "Value"
            """).SingleAsync(ct);

    /// <summary>True when this login is (a member of) the owner of the audit table.</summary>
    public static Task<bool> OwnsAuditLogAsync(TongxinDb db, CancellationToken ct = default) =>
        db.Database.SqlQueryRaw<bool>("""
            SELECT pg_has_role(current_user, c.relowner, 'USAGE') AS "Value" FROM pg_class c
            WHERE c.oid = to_regclass('"AuditEntries"')
            """).SingleAsync(ct);

    /// <summary>Role and schema names go into DDL, which takes no parameters: only plain identifiers pass.</summary>
    private static string Quote(string name) => Identifier().IsMatch(name)
        ? $"\"{name}\"" : throw new ArgumentException($"数据库角色名无效：{name}");

    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_]{0,62}$")]
    private static partial Regex Identifier();
}
