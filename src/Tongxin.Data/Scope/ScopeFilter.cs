using System.Linq.Expressions;
using System.Reflection;

namespace Tongxin.Data.Scope;

/// <summary>
/// The one scope mechanism (ACC-2, SEC-8): a global query filter on every INodeScoped entity, written as a
/// range so both databases use the NodePath index (added by <c>ModelConventions</c>) — and only a range: an "or the
/// user is unrestricted" parameter in
/// front of it made SQLite scan the whole table (it plans before it knows the parameter), so the unrestricted system
/// user gets a range that holds every path instead, plus the ancestor list for reference data, plus the member unit for
/// a user bound to one.
/// </summary>
internal static class ScopeFilter
{
    private static readonly MethodInfo Apply = typeof(ScopeFilter)
        .GetMethod(nameof(ApplyTo), BindingFlags.NonPublic | BindingFlags.Static)!;

    public static void ApplyToAll(ModelBuilder builder, TongxinDb db)
    {
        foreach (var type in builder.Model.GetEntityTypes().Select(t => t.ClrType)
            .Where(typeof(INodeScoped).IsAssignableFrom).ToList())
            Apply.MakeGenericMethod(type).Invoke(null, [builder, db]);
    }

    private static readonly MethodInfo UnitApply = typeof(ScopeFilter)
        .GetMethod(nameof(ApplyToUnitScoped), BindingFlags.NonPublic | BindingFlags.Static)!;

    /// <summary>The subtree range, and for a user bound to a member unit only that unit's rows.</summary>
    private static void ApplyToUnitScoped<T>(ModelBuilder builder, TongxinDb db) where T : class, IUnitScoped
    {
        builder.Entity<T>().HasQueryFilter(e => string.Compare(e.NodePath, db.ScopeLow) >= 0
            && string.Compare(e.NodePath, db.ScopeHigh) < 0
                && (db.ScopeUnit == null || e.MemberUnitId == db.ScopeUnit));
    }

    private static void ApplyTo<T>(ModelBuilder builder, TongxinDb db) where T : class, INodeScoped
    {
        if (typeof(IUnitScoped).IsAssignableFrom(typeof(T)))
        {
            UnitApply.MakeGenericMethod(typeof(T)).Invoke(null, [builder, db]);
            return;
        }
        Expression<Func<T, bool>> filter = typeof(IReferenceData).IsAssignableFrom(typeof(T))
            ? e => (string.Compare(e.NodePath, db.ScopeLow) >= 0 && string.Compare(e.NodePath, db.ScopeHigh) < 0)
                   || db.ScopeAncestors.Contains(e.NodePath)
            : e => string.Compare(e.NodePath, db.ScopeLow) >= 0 && string.Compare(e.NodePath, db.ScopeHigh) < 0;
        builder.Entity<T>().HasQueryFilter(filter);
    }
}
