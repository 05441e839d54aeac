using System.Security.Claims;
using Microsoft.AspNetCore.Components.Authorization;
using Tongxin.Data.Scope;

namespace Tongxin.Web.Security;

/// <summary>
/// The signed-in user for this request or Blazor circuit. In a request the HttpContext has the principal;
/// in a circuit there is none, so the circuit's authentication state is used (already resolved there).
/// </summary>
public sealed class HttpCurrentUser(IHttpContextAccessor http, IServiceProvider services) : ICurrentUser
{
    private ClaimsPrincipal? _principal;

    /// <summary>The principal every question about this user is answered from (<see cref="CurrentUser"/>).</summary>
    public ClaimsPrincipal Principal => _principal ?? Resolve();

    public string? UserId => Principal.FindFirstValue(ClaimTypes.NameIdentifier);
    public string? UserName => Principal.Identity?.IsAuthenticated == true ? Principal.Identity.Name : null;
    public string? Ip => http.HttpContext?.Connection.RemoteIpAddress?.ToString();
    public string? ScopePath => Principal.Identity?.IsAuthenticated == true ? Principal.NodePath() : null;
    public bool Unrestricted => false;
    public Guid? MemberUnitId => Principal.Identity?.IsAuthenticated == true ? Principal.MemberUnitId() : null;

    /// <summary>Set by sign-in so the audit row names the user before the cookie exists.</summary>
    public void Use(ClaimsPrincipal principal) => _principal = principal;

    private ClaimsPrincipal Resolve()
    {
        if (http.HttpContext?.User is { Identity.IsAuthenticated: true } u) return u;
        if (services.GetService<AuthenticationStateProvider>() is { } p)
        {
            try
            {
                var task = p.GetAuthenticationStateAsync();
                if (task.IsCompletedSuccessfully) return task.Result.User;
            }
            catch (InvalidOperationException)
            {
                // Outside a circuit the provider has no state: fall through to anonymous.
            }
        }
        return http.HttpContext?.User ?? new ClaimsPrincipal(new ClaimsIdentity());
    }
}
