using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Tongxin.Data;

/// <summary>
/// Conventions that hold for every entity: UTC times, version tokens, and for node paths their length, "C" collation
/// (PostgreSQL), the index the scope filter's range needs, and the region key of <see cref="IRegionKeyed"/> rows.
/// </summary>
internal static class ModelConventions
{
    private static readonly ValueConverter<DateTime, DateTime> Utc =
        new(v => v, v => DateTime.SpecifyKind(v, DateTimeKind.Utc));

    public const int NodePathLength = 200;

    public static void Apply(ModelBuilder builder, string? provider)
    {
        var postgres = provider?.Contains("Npgsql") == true;
        foreach (var type in builder.Model.GetEntityTypes().ToList())
        {
            foreach (var p in type.GetProperties())
            {
                if (p.ClrType == typeof(DateTime) || p.ClrType == typeof(DateTime?)) p.SetValueConverter(Utc);
                if (p.Name == nameof(Entity.Version) && typeof(Entity).IsAssignableFrom(type.ClrType))
                    p.IsConcurrencyToken = true;
                if (p.Name != nameof(INodeScoped.NodePath) || p.ClrType != typeof(string)) continue;
                p.SetMaxLength(NodePathLength);
                if (postgres) p.SetCollation("C");
            }
            if (typeof(INodeScoped).IsAssignableFrom(type.ClrType)) IndexNodePath(builder.Entity(type.ClrType));
            if (typeof(IRegionKeyed).IsAssignableFrom(type.ClrType))
                builder.Entity(type.ClrType).HasOne(typeof(Region)).WithMany()
                    .HasForeignKey(nameof(INodeScoped.NodeId)).OnDelete(DeleteBehavior.Restrict);
        }
    }

    /// <summary>
    /// The scope filter's range needs an index led by NodePath. An entity whose configuration already declares one
    /// (say <c>(NodePath, NameKey, Id)</c>, covering for its list) gets no second, NodePath-only index: it would only
    /// cost writes, and on PostgreSQL the planner preferred it to the covering one and then read every row of the
    /// county.
    /// </summary>
    private static void IndexNodePath(Microsoft.EntityFrameworkCore.Metadata.Builders.EntityTypeBuilder entity)
    {
        if (!entity.Metadata.GetIndexes().Any(i => i.Properties[0].Name == nameof(INodeScoped.NodePath)))
            entity.HasIndex(nameof(INodeScoped.NodePath));
    }
}
