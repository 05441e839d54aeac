namespace Tongxin.Data;

/// <summary>Configuration section "Tongxin:Database": Provider is "sqlite" (default) or "postgres".</summary>
public sealed class DatabaseOptions
{
    public string Provider { get; set; } = "sqlite";
    public string? ConnectionString { get; set; }

    /// <summary>
    /// PostgreSQL only (SEC-14): the login that owns the schema. `tongxin migrate` and `tongxin restore` use it; the
    /// serving app never does, and its <see cref="ConnectionString"/> names the app role.
    /// </summary>
    public string? OwnerConnectionString { get; set; }

    /// <summary>
    /// The app role `tongxin migrate` grants to (DML without UPDATE/DELETE on the audit log, no DDL); by default the
    /// user of <see cref="ConnectionString"/> when an owner connection is configured.
    /// </summary>
    public string? AppRole { get; set; }

    public bool IsPostgres => Provider.Equals("postgres", StringComparison.OrdinalIgnoreCase)
                              || Provider.Equals("postgresql", StringComparison.OrdinalIgnoreCase);
}
