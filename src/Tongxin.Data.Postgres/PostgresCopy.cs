using System.Data.Common;
using Npgsql;
using Tongxin.Data.Bulk;

namespace Tongxin.Data.Postgres;

/// <summary>PostgreSQL's fast path for bulk rows: one binary COPY stream, typed by each column's store type.</summary>
internal sealed class PostgresCopy : IBulkCopy
{
    public bool Handles(DbConnection connection) => connection is NpgsqlConnection;

    public async Task<long> CopyAsync(DbConnection connection, string table,
        IReadOnlyList<BulkColumn> columns, IEnumerable<object> rows,
        Action<long>? progress, CancellationToken ct)
    {
        var npgsql = (NpgsqlConnection)connection;
        await using var importer = await npgsql.BeginBinaryImportAsync(
            $"COPY {table} ({string.Join(", ", columns.Select(c => c.Name))}) FROM STDIN (FORMAT BINARY)", ct);
        // Completing waits for the server to finish the rows' index entries and key checks: minutes for millions.
        importer.Timeout = TimeSpan.FromHours(1);
        long written = 0;
        foreach (var row in rows)
        {
            await importer.StartRowAsync(ct);
            foreach (var column in columns)
            {
                if (column.Value(row) is { } value) await importer.WriteAsync(value, column.StoreType, ct);
                else await importer.WriteNullAsync(ct);
            }
            if (++written % 10_000 == 0) progress?.Invoke(written);
        }
        await importer.CompleteAsync(ct);
        return written;
    }
}
