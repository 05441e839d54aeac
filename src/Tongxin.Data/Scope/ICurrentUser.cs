namespace Tongxin.Data.Scope;

/// <summary>
/// Who is acting, from where, and the subtree they may see. Unrestricted only for the CLI and start-up.
/// </summary>
public interface ICurrentUser
{
    string? UserId { get; }
    string? UserName { get; }
    string? Ip { get; }

    /// <summary>The home node path; null when nobody is signed in (then no scoped row is visible).</summary>
    string? ScopePath { get; }

    bool Unrestricted { get; }

    /// <summary>
    /// A 成员单位联络人 is bound to one member unit: unit-scoped rows (activities) of other units are invisible.
    /// </summary>
    Guid? MemberUnitId => null;
}

/// <summary>The command line and start-up jobs: see everything, audited as "system".</summary>
public sealed class SystemUser(string name = "system") : ICurrentUser
{
    public string? UserId => null;
    public string? UserName => name;
    public string? Ip => null;
    public string? ScopePath => "/";
    public bool Unrestricted => true;
}

/// <summary>A fixed user, for tests and background work done on a user's behalf.</summary>
public sealed record FixedUser(string? UserId, string? UserName, string? ScopePath, string? Ip = null,
    Guid? MemberUnitId = null) : ICurrentUser
{
    public bool Unrestricted => false;
}
