using System.Linq.Expressions;
using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Tongxin.Data.Entities;

namespace Tongxin.Data.Scope;

/// <summary>
/// The one scope mechanism (ACC-2, SEC-8): a global query filter on every INodeScoped entity, written as a
/// range so both databases use the NodePath index, plus the ancestor list for reference data.
/// </summary>
internal static class ScopeFilter
{
    private static readonly MethodInfo Apply = typeof(ScopeFilter).GetMethod(nameof(ApplyTo), BindingFlags.NonPublic | BindingFlags.Static)!;

    public static void ApplyToAll(ModelBuilder builder, TongxinDb db)
    {
        foreach (var type in builder.Model.GetEntityTypes().Select(t => t.ClrType).Where(typeof(INodeScoped).IsAssignableFrom).ToList())
            Apply.MakeGenericMethod(type).Invoke(null, [builder, db]);
    }

    private static void ApplyTo<T>(ModelBuilder builder, TongxinDb db) where T : class, INodeScoped
    {
        Expression<Func<T, bool>> filter = typeof(IReferenceData).IsAssignableFrom(typeof(T))
            ? e => db.ScopeUnrestricted
                   || (string.Compare(e.NodePath, db.ScopeLow) >= 0 && string.Compare(e.NodePath, db.ScopeHigh) < 0)
                   || db.ScopeAncestors.Contains(e.NodePath)
            : e => db.ScopeUnrestricted
                   || (string.Compare(e.NodePath, db.ScopeLow) >= 0 && string.Compare(e.NodePath, db.ScopeHigh) < 0);
        builder.Entity<T>().HasQueryFilter(filter);
        builder.Entity<T>().HasIndex(e => e.NodePath);
    }
}
