namespace Tongxin.Data;

/// <summary>Configuration section "Tongxin:Database": Provider is "sqlite" (default) or "postgres".</summary>
public sealed class DatabaseOptions
{
    public string Provider { get; set; } = "sqlite";
    public string? ConnectionString { get; set; }

    public bool IsPostgres => Provider.Equals("postgres", StringComparison.OrdinalIgnoreCase)
                              || Provider.Equals("postgresql", StringComparison.OrdinalIgnoreCase);
}
