using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Tongxin.Data.Entities;

namespace Tongxin.Data;

/// <summary>Conventions that hold for every entity: UTC times, version tokens, "C" collation for node paths.</summary>
internal static class ModelConventions
{
    private static readonly ValueConverter<DateTime, DateTime> Utc =
        new(v => v, v => DateTime.SpecifyKind(v, DateTimeKind.Utc));

    public static void Apply(ModelBuilder builder, string? provider)
    {
        var postgres = provider?.Contains("Npgsql") == true;
        foreach (var type in builder.Model.GetEntityTypes())
        {
            foreach (var p in type.GetProperties())
            {
                if (p.ClrType == typeof(DateTime) || p.ClrType == typeof(DateTime?)) p.SetValueConverter(Utc);
                if (p.Name == nameof(Entity.Version) && typeof(Entity).IsAssignableFrom(type.ClrType)) p.IsConcurrencyToken = true;
                if (postgres && (p.Name == nameof(INodeScoped.NodePath))) p.SetCollation("C");
            }
        }
    }
}
