using Microsoft.Data.Sqlite;
using Npgsql;

namespace Tongxin.Web.Infrastructure;

/// <summary>
/// Which database failures are the service's fault rather than the request's, and answer 503 (SYS-11, FLT-2,
/// SEC-15): the database cannot be reached, and an audit row that could not be written. A rejected change (a
/// unique key, a foreign key) stays a 409.
/// </summary>
public static class DatabaseErrors
{
    /// <summary>The 503 message for this exception, or null when it is not one of them.</summary>
    public static string? Unavailable(Exception ex)
    {
        if (Chain(ex).Any(IsUnreachable))
            return Loc.T("数据库暂时无法访问，操作未执行，请稍后再试",
                "The database cannot be reached; nothing was done, try again later");
        // A missing or forged audit head (SEC-14) refuses every audited write, as a failed audit row does.
        if (Chain(ex).Any(e => e is AuditHeadException)
            || ex is DbUpdateException { Entries: var entries } && entries.Any(e => e.Entity is AuditEntry)
            && !Chain(ex).Any(IsRejectedChange))
            return Loc.T("审计日志写入失败，操作未保存", "The audit log could not be written; nothing was saved");
        return null;
    }

    private static IEnumerable<Exception> Chain(Exception ex)
    {
        for (var e = (Exception?)ex; e is not null; e = e.InnerException) yield return e;
    }

    private static bool IsUnreachable(Exception e) => e switch
    {
        // SQLITE_PERM, BUSY, LOCKED, IOERR, FULL, CANTOPEN, NOTADB: the file is not there, not readable, held, or
        // its volume is full (the write is rolled back; bench/faults FLT-2 fills the volume)
        SqliteException s => s.SqliteErrorCode is 3 or 5 or 6 or 10 or 13 or 14 or 26,
        // 08: connection, 57P: shut down or terminated, 53300: too many connections, 3D000: no such database,
        // 55000: not accepting connections (ALLOW_CONNECTIONS false), 28: login refused
        PostgresException p => p.SqlState.StartsWith("08", StringComparison.Ordinal)
            || p.SqlState.StartsWith("57P", StringComparison.Ordinal)
            || p.SqlState.StartsWith("28", StringComparison.Ordinal)
            || p.SqlState is "53300" or "3D000" or "55000",
        NpgsqlException n => n.IsTransient,
        TimeoutException or System.Net.Sockets.SocketException => true,
        _ => false,
    };

    /// <summary>Integrity constraints: the change itself was refused (SQLite's extended codes of
    /// SQLITE_CONSTRAINT except a trigger's RAISE, PostgreSQL's class 23).</summary>
    private static bool IsRejectedChange(Exception e) => e switch
    {
        SqliteException s => s.SqliteErrorCode == 19 && s.SqliteExtendedErrorCode != 1811,
        PostgresException p => p.SqlState.StartsWith("23", StringComparison.Ordinal),
        _ => false,
    };
}
