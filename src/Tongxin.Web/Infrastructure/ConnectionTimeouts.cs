using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Tongxin.Web.Infrastructure;

/// <summary>
/// FLT-2: a database that is down is noticed within seconds, not after the drivers' defaults (15 s to connect to
/// PostgreSQL; 30 s of retrying a locked SQLite file). A timeout written in the connection string wins.
/// </summary>
public static class ConnectionTimeouts
{
    public const int ConnectSeconds = 3;

    public static string Apply(string connectionString, bool postgres)
    {
        var given = new DbConnectionStringBuilder { ConnectionString = connectionString };
        if (postgres)
            return given.ContainsKey("Timeout") ? connectionString
                : new NpgsqlConnectionStringBuilder(connectionString) { Timeout = ConnectSeconds }.ConnectionString;
        return given.ContainsKey("Default Timeout") || given.ContainsKey("Command Timeout") ? connectionString
            : new SqliteConnectionStringBuilder(connectionString) { DefaultTimeout = ConnectSeconds }.ConnectionString;
    }
}
