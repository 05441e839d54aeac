namespace Tongxin.Web.Features.Assessment;

/// <summary>
/// Enabled users with the 评审人 role in scope: the choices for 联评, and the only users it accepts.
/// </summary>
public sealed class ListReviewers(TongxinDb db) : IHandler
{
    public sealed record Option(string Id, string Name);

    public Task<IReadOnlyList<Option>> HandleAsync(CancellationToken ct = default) => InScopeAsync(db, null, ct);

    /// <param name="only">When given, only these user ids (to check a request's choice).</param>
    public static async Task<IReadOnlyList<Option>> InScopeAsync(
        TongxinDb db, IReadOnlyCollection<string>? only, CancellationToken ct)
    {
        var users = db.Users.AsNoTracking().Where(u => !u.IsDisabled
            && db.UserRoles.Any(ur => ur.UserId == u.Id
                && db.Roles.Any(r => r.Id == ur.RoleId && r.Name == Security.Roles.Reviewer)));
        if (only is not null) users = users.Where(u => only.Contains(u.Id));
        var found = await users.OrderBy(u => u.DisplayName).Select(u => new { u.Id, u.DisplayName, u.NodePath })
            .ToListAsync(ct);
        return found.Where(u => db.InScope(u.NodePath)).Select(u => new Option(u.Id, u.DisplayName)).ToList();
    }
}
