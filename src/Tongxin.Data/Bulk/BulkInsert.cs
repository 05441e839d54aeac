using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace Tongxin.Data.Bulk;

/// <summary>
/// Multi-row INSERTs for generated data (issue 6): the columns, names and value conversions come from the EF model and
/// each provider's type mappings, so the rows are exactly what SaveChanges would write — but without change tracking,
/// row-by-row audit or per-row round trips. Each batch is one statement inside one transaction per call. For demo and
/// benchmark data only: production writes go through SaveChanges (scope checks, audit chain, versions).
/// </summary>
public static class BulkInsert
{
    /// <summary>Writes the rows; <paramref name="progress"/> gets the running count after each statement.</summary>
    public static async Task<long> InsertAsync<T>(TongxinDb db, IEnumerable<T> rows, Action<long>? progress = null, CancellationToken ct = default) where T : class
    {
        var entity = db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not in the model");
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        var sql = db.GetService<ISqlGenerationHelper>();
        // Every mapped column except database-generated integer keys (the app makes its own UUIDs).
        var columns = entity.GetProperties().Where(p => p.GetColumnName(table) is not null && !(p.ValueGenerated == ValueGenerated.OnAdd && p.ClrType == typeof(int)))
            .Select(p => (Property: p, Name: p.GetColumnName(table)!, Mapping: (RelationalTypeMapping)p.GetRelationalTypeMapping())).ToList();
        var head = $"INSERT INTO {sql.DelimitIdentifier(table.Name, table.Schema)} ({string.Join(", ", columns.Select(c => sql.DelimitIdentifier(c.Name)))}) VALUES ";
        // PostgreSQL binds by position: big statements (under its 65,535 parameters). Microsoft.Data.Sqlite looks each
        // named parameter up in the statement, which grows with the square of its size: small statements there.
        var sqlite = db.Database.ProviderName?.Contains("Sqlite", StringComparison.OrdinalIgnoreCase) == true;
        var perStatement = Math.Max(1, (sqlite ? 1_000 : 30_000) / columns.Count);

        var connection = db.Database.GetDbConnection();
        var opened = connection.State != System.Data.ConnectionState.Open;
        if (opened) await connection.OpenAsync(ct);
        long written = 0;
        try
        {
            await using var tx = await connection.BeginTransactionAsync(ct);
            var batch = new List<T>(perStatement);
            foreach (var row in rows)
            {
                batch.Add(row);
                if (batch.Count < perStatement) continue;
                written += await WriteAsync(connection, tx, head, columns, batch, ct);
                batch.Clear();
                progress?.Invoke(written);
            }
            if (batch.Count > 0) written += await WriteAsync(connection, tx, head, columns, batch, ct);
            await tx.CommitAsync(ct);
            progress?.Invoke(written);
        }
        finally
        {
            if (opened) await connection.CloseAsync();
        }
        return written;
    }

    private static async Task<int> WriteAsync<T>(DbConnection connection, DbTransaction tx, string head,
        List<(IProperty Property, string Name, RelationalTypeMapping Mapping)> columns, List<T> batch, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = tx;
        command.CommandTimeout = 600;
        command.CommandText = Statement(head, columns.Count, batch.Count);
        var n = 0;
        foreach (var row in batch)
            foreach (var (property, _, mapping) in columns)
                command.Parameters.Add(mapping.CreateParameter(command, "@p" + n++, property.GetGetter().GetClrValueUsingContainingEntity(row!), property.IsNullable));
        return await command.ExecuteNonQueryAsync(ct);
    }

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<(string, int, int), string> Statements = new();

    /// <summary>"INSERT … VALUES (@p0, @p1), (@p2, @p3)" for a batch shape, built once per shape.</summary>
    private static string Statement(string head, int columns, int rows) => Statements.GetOrAdd((head, columns, rows), key =>
    {
        var text = new System.Text.StringBuilder(head, head.Length + rows * columns * 8);
        var n = 0;
        for (var r = 0; r < rows; r++)
        {
            text.Append(r == 0 ? "(" : ", (");
            for (var c = 0; c < columns; c++) text.Append(c == 0 ? "@p" : ", @p").Append(n++);
            text.Append(')');
        }
        return text.ToString();
    });
}
