using Microsoft.EntityFrameworkCore.Infrastructure;

namespace Tongxin.Data;

/// <summary>One model per provider: the PostgreSQL model differs (collation "C" on node paths).</summary>
public sealed class ProviderModelCacheKey : IModelCacheKeyFactory
{
    public object Create(DbContext context, bool designTime) =>
        (context.GetType(), context.Database.ProviderName, designTime);
}
