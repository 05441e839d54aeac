using Microsoft.EntityFrameworkCore.Design;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Tongxin.Data.Audit;
using Tongxin.Data.Scope;

namespace Tongxin.Data.Postgres;

public static class PostgresProvider
{
    public static void Configure(DbContextOptionsBuilder builder, string connectionString)
    {
        Bulk.BulkInsert.Register(new PostgresCopy());
        builder.UseNpgsql(connectionString, o => o.MigrationsAssembly(typeof(PostgresProvider).Assembly.GetName().Name))
            .ReplaceService<IModelCacheKeyFactory, ProviderModelCacheKey>();
    }
}

internal sealed class DesignTimeFactory : IDesignTimeDbContextFactory<TongxinDb>
{
    public TongxinDb CreateDbContext(string[] args)
    {
        var b = new DbContextOptionsBuilder<TongxinDb>();
        PostgresProvider.Configure(b, "Host=localhost;Database=tongxin_design");
        return new TongxinDb(b.Options, new SystemUser(), new AuditSigner(new byte[32]), TimeProvider.System);
    }
}
