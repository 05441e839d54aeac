using System.Security.Claims;

namespace Tongxin.Web.Security;

/// <summary>
/// The user a handler acts for, injected: what they may do and where. It reads the same principal as the data
/// layer's <see cref="Tongxin.Data.Scope.ICurrentUser"/> (<see cref="HttpCurrentUser"/>: the request's user, or the
/// circuit's user carried into each operation's scope by <see cref="Operations"/>), so a page and an endpoint calling
/// the same handler get the same answer, and no caller can tell a handler to reveal more than the user may see.
/// </summary>
public sealed class CurrentUser(HttpCurrentUser user)
{
    public ClaimsPrincipal Principal => user.Principal;
    public string? UserId => user.UserId;
    public string? UserName => user.UserName;

    /// <summary>The home node path; null when nobody is signed in.</summary>
    public string? NodePath => user.ScopePath;

    public Guid? MemberUnitId => user.MemberUnitId;

    /// <summary>Holds the permission, or any of "a|b".</summary>
    public bool Can(string permission) => Principal.Can(permission);

    /// <summary>Refuses the operation (403) unless the user holds the permission; see <see cref="Guard"/>.</summary>
    public void Require(string permission)
    {
        if (!Can(permission)) throw new ForbiddenException();
    }
}
