using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;

namespace Tongxin.Web.Security;

/// <summary>
/// Turns "perm:body.read" into a policy that needs that permission claim (deny by default otherwise).
/// </summary>
public sealed class PermissionPolicyProvider(IOptions<AuthorizationOptions> options)
    : DefaultAuthorizationPolicyProvider(options)
{
    public override async Task<AuthorizationPolicy?> GetPolicyAsync(string policyName)
    {
        if (!policyName.StartsWith(Permissions.PolicyPrefix, StringComparison.Ordinal))
            return await base.GetPolicyAsync(policyName);
        var permissions = policyName[Permissions.PolicyPrefix.Length..].Split(Permissions.AnyOfSeparator);
        return new AuthorizationPolicyBuilder().RequireAuthenticatedUser()
            .RequireClaim(Permissions.ClaimType, permissions).Build(); // "a|b": any one of them
    }
}

/// <summary>Names the permission a page needs: <c>@attribute [RequirePermission(Permissions.BodyRead)]</c>.</summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method)]
public sealed class RequirePermissionAttribute(string permission)
    : AuthorizeAttribute(Permissions.Policy(permission))
{
    public string Permission { get; } = permission;
}
