using System.Data.Common;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace Tongxin.Data.Bulk;

/// <summary>
/// One column as the database stores it: its name, its store type and the value as the provider writes it.
/// </summary>
public sealed record BulkColumn(string Name, string StoreType, Func<object, object?> Value);

/// <summary>
/// A provider's fast path for many rows (PostgreSQL: binary COPY), registered by the provider project.
/// </summary>
public interface IBulkCopy
{
    bool Handles(DbConnection connection);

    Task<long> CopyAsync(DbConnection connection, string table,
        IReadOnlyList<BulkColumn> columns, IEnumerable<object> rows,
        Action<long>? progress, CancellationToken ct);
}

/// <summary>
/// Bulk writes for generated data and recounted tallies (issue 6): the columns, names and value conversions come from
/// the EF model and each provider's type mappings, so the rows are exactly what SaveChanges would write — but without
/// change tracking, row-by-row audit or a round trip per row. PostgreSQL streams a binary COPY; SQLite runs one
/// prepared INSERT per row inside one transaction (in-process, so no round trips to save). Not for user edits: those go
/// through SaveChanges (scope checks, audit chain, versions).
/// </summary>
public static class BulkInsert
{
    private static readonly List<IBulkCopy> Copiers = [];

    public static void Register(IBulkCopy copy)
    {
        lock (Copiers)
            if (!Copiers.Any(c => c.GetType() == copy.GetType())) Copiers.Add(copy);
    }

    /// <summary>
    /// Writes the rows in the caller's transaction if there is one, else in one of its own; <paramref name="progress"/>
    /// gets the running count.
    /// </summary>
    public static async Task<long> InsertAsync<T>(TongxinDb db, IEnumerable<T> rows, Action<long>? progress = null,
        CancellationToken ct = default) where T : class
    {
        var entity = db.Model.FindEntityType(typeof(T))
            ?? throw new InvalidOperationException($"{typeof(T).Name} is not in the model");
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        var sql = db.GetService<ISqlGenerationHelper>();
        // Every mapped column except database-generated integer keys (the app makes its own UUIDs).
        var columns = entity.GetProperties().Where(p => p.GetColumnName(table) is not null
            && !(p.ValueGenerated == ValueGenerated.OnAdd && p.ClrType == typeof(int)))
            .Select(p => Column(p, p.GetColumnName(table)!)).ToList();

        // Derived columns are filled as SaveChanges would, so generators set only what they choose.
        if (typeof(Entities.IHasDerivedFields).IsAssignableFrom(typeof(T))) rows = rows.Select(Derived);

        var connection = db.Database.GetDbConnection();
        var outer = db.Database.CurrentTransaction?.GetDbTransaction();
        var opened = outer is null && connection.State != System.Data.ConnectionState.Open;
        if (opened) await connection.OpenAsync(ct);
        try
        {
            await using var own = outer is null ? await connection.BeginTransactionAsync(ct) : null;
            IBulkCopy? copier;
            lock (Copiers) copier = Copiers.FirstOrDefault(c => c.Handles(connection));
            var written = copier is not null
                ? await copier.CopyAsync(connection, sql.DelimitIdentifier(table.Name, table.Schema),
                    columns.Select(c => c with { Name = sql.DelimitIdentifier(c.Name) }).ToList(), rows, progress, ct)
                : await PreparedAsync(connection, outer ?? own!, sql, table, columns, rows, progress, ct);
            if (own is not null) await own.CommitAsync(ct);
            progress?.Invoke(written);
            return written;
        }
        finally
        {
            if (opened) await connection.CloseAsync();
        }
    }

    private static T Derived<T>(T row)
    {
        ((Entities.IHasDerivedFields)row!).Derive();
        return row;
    }

    private static BulkColumn Column(IProperty property, string name)
    {
        var mapping = (RelationalTypeMapping)property.GetRelationalTypeMapping();
        var getter = property.GetGetter();
        var converter = mapping.Converter;
        return new BulkColumn(name, mapping.StoreTypeNameBase,
            row => getter.GetClrValueUsingContainingEntity(row) is { } v ? converter?.ConvertToProvider(v) ?? v : null);
    }

    private static async Task<long> PreparedAsync<T>(DbConnection connection, DbTransaction tx,
        ISqlGenerationHelper sql, StoreObjectIdentifier table,
        List<BulkColumn> columns, IEnumerable<T> rows, Action<long>? progress, CancellationToken ct) where T : class
    {
        await using var command = connection.CreateCommand();
        command.Transaction = tx;
        command.CommandText = $"INSERT INTO {sql.DelimitIdentifier(table.Name, table.Schema)} " +
                              $"({string.Join(", ", columns.Select(c => sql.DelimitIdentifier(c.Name)))}) " +
                              $"VALUES ({string.Join(", ", columns.Select((_, i) => "@p" + i))})";
        var parameters = columns.Select((_, i) =>
        {
            var p = command.CreateParameter();
            p.ParameterName = "@p" + i;
            command.Parameters.Add(p);
            return p;
        }).ToArray();
        await command.PrepareAsync(ct);
        long written = 0;
        foreach (var row in rows)
        {
            for (var i = 0; i < columns.Count; i++) parameters[i].Value = columns[i].Value(row) ?? DBNull.Value;
            written += await command.ExecuteNonQueryAsync(ct);
            if (written % 10_000 == 0) progress?.Invoke(written);
        }
        return written;
    }
}
