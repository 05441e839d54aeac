using Microsoft.AspNetCore.Identity;

namespace Tongxin.Data.Entities;

/// <summary>A user with one home node (ACC-2). Not scope-filtered: sign-in must find any user.</summary>
public sealed class AppUser : IdentityUser
{
    public required string DisplayName { get; set; }
    public Guid NodeId { get; set; }
    public required string NodePath { get; set; }
    public bool MustChangePassword { get; set; }
    public DateTime PasswordChangedUtc { get; set; }
    public DateTime CreatedUtc { get; set; }
    public DateTime? LastSignInUtc { get; set; }
    public bool IsDisabled { get; set; }
    /// <summary>
    /// Set for a 成员单位联络人: they record and see only their own unit's activities (ACC-3).
    /// </summary>
    public Guid? MemberUnitId { get; set; }
}

/// <summary>A role; its permissions are role claims of type "perm".</summary>
public sealed class AppRole : IdentityRole
{
    public required string DisplayName { get; set; }
    public bool IsBuiltIn { get; set; }
}
