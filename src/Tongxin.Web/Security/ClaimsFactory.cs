using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Tongxin.Web.Security;

/// <summary>
/// Puts the home node, the member unit (for a unit liaison), display name and the must-change flag into the
/// principal.
/// </summary>
public sealed class ClaimsFactory(
    UserManager<AppUser> users, RoleManager<AppRole> roles, IOptions<IdentityOptions> options,
    IOptions<TongxinOptions> tongxin)
    : UserClaimsPrincipalFactory<AppUser, AppRole>(users, roles, options)
{
    public const string NodePath = "node_path";
    public const string DisplayName = "display_name";
    public const string MustChangePassword = "must_change_password";
    public const string MemberUnit = "member_unit";
    public const string MustEnrolTwoFactor = "must_enrol_2fa";

    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(AppUser user)
    {
        var id = await base.GenerateClaimsAsync(user);
        id.AddClaim(new Claim(NodePath, user.NodePath));
        id.AddClaim(new Claim(DisplayName, user.DisplayName));
        if (user.MemberUnitId is { } unit) id.AddClaim(new Claim(MemberUnit, unit.ToString()));
        if (user.MustChangePassword) id.AddClaim(new Claim(MustChangePassword, "1"));
        if (tongxin.Value.Security.RequireTwoFactor && !user.TwoFactorEnabled && TwoFactorRequirement.Applies(id))
            id.AddClaim(new Claim(MustEnrolTwoFactor, "1"));
        return id;
    }
}

public static class PrincipalExtensions
{
    /// <summary>Holds the permission, or any of "a|b" (the same any-of form the policies take).</summary>
    public static bool Can(this ClaimsPrincipal user, string permission) =>
        permission.Split(Permissions.AnyOfSeparator).Any(p => user.HasClaim(Permissions.ClaimType, p));
    public static string? NodePath(this ClaimsPrincipal user) => user.FindFirstValue(ClaimsFactory.NodePath);
    public static Guid? MemberUnitId(this ClaimsPrincipal user) =>
        Guid.TryParse(user.FindFirstValue(ClaimsFactory.MemberUnit), out var id) ? id : null;
    public static string DisplayName(this ClaimsPrincipal user) =>
        user.FindFirstValue(ClaimsFactory.DisplayName) ?? user.Identity?.Name ?? "";
}
