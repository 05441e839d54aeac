namespace Tongxin.Web.Security;

/// <summary>
/// The one way a handler refuses a write the shared scope filter and save pipeline cannot refuse for it: rows that
/// are readable more widely than they are writable (documents, users, a scheme's results). Out of scope answers as
/// absent (404, SEC-8), like the filter itself. A missing permission is refused by
/// <see cref="CurrentUser.Require"/> (403).
/// </summary>
public static class Guard
{
    /// <summary>
    /// The row, if it exists and lies in the user's own subtree; otherwise <see cref="NotFoundException"/>.
    /// </summary>
    public static T InScope<T>(TongxinDb db, T? row, Func<T, string> path, string what) where T : class =>
        row is not null && db.InScope(path(row)) ? row : throw new NotFoundException(what);
}
