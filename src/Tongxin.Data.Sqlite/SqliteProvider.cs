using System.Data.Common;
using Microsoft.EntityFrameworkCore.Design;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Tongxin.Data.Audit;
using Tongxin.Data.Scope;

namespace Tongxin.Data.Sqlite;

public static class SqliteProvider
{
    public static void Configure(DbContextOptionsBuilder builder, string connectionString) =>
        builder.UseSqlite(connectionString, o => o.MigrationsAssembly(typeof(SqliteProvider).Assembly.GetName().Name))
            .AddInterceptors(new SqlitePragmas())
            .ReplaceService<IModelCacheKeyFactory, ProviderModelCacheKey>();
}

/// <summary>SEC-27: WAL, synchronous=FULL and a busy timeout on every connection (3 s, so a file held by another
/// process answers 503 within the 5 s of FLT-2 rather than hanging).</summary>
internal sealed class SqlitePragmas : DbConnectionInterceptor
{
    private const string Sql = "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; " +
        "PRAGMA busy_timeout=3000; PRAGMA foreign_keys=ON;";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var cmd = connection.CreateCommand();
        cmd.CommandText = Sql;
        cmd.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData,
        CancellationToken ct = default)
    {
        await using var cmd = connection.CreateCommand();
        cmd.CommandText = Sql;
        await cmd.ExecuteNonQueryAsync(ct);
    }
}

internal sealed class DesignTimeFactory : IDesignTimeDbContextFactory<TongxinDb>
{
    public TongxinDb CreateDbContext(string[] args)
    {
        var b = new DbContextOptionsBuilder<TongxinDb>();
        SqliteProvider.Configure(b, "Data Source=design.db");
        return new TongxinDb(b.Options, new SystemUser(), new AuditSigner(new byte[32]), TimeProvider.System);
    }
}
