using System.Security.Claims;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;

namespace Tongxin.Web.Features.Account;

/// <summary>Bearer tokens for the mobile/WeChat clients (SYS-3); the same sign-in rules as the page.</summary>
public sealed class AuthApi : IEndpointGroup
{
    public string Prefix => "/auth";
    public string Tag => "Auth";

    /// <summary>Who the token belongs to and what it may do.</summary>
    public sealed record Me(string? UserName, string DisplayName, string? NodePath, IEnumerable<string> Roles,
        IEnumerable<string> Permissions);

    public void MapApi(RouteGroupBuilder g)
    {
        g.MapPost("/token", Token).WithName("SignIn").WithSummary("Sign in: user name and password give a bearer token")
            .Produces<AccessTokenResponse>().ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status429TooManyRequests)
            .AllowAnonymous().WithMetadata(new AnonymousAllowed("sign-in"));
        g.MapPost("/change-password", ChangePassword).WithName("ChangePassword")
            .WithSummary("Change one's own password")
            .ProducesValidationProblem().RequireAuthorization();
        g.MapGet("/two-factor", TwoFactorSetup).WithName("GetTwoFactorSetup")
            .WithSummary("Two-step verification: the authenticator key and its otpauth URI, until enabled")
            .RequireAuthorization();
        g.MapPost("/two-factor", EnableTwoFactor).WithName("EnableTwoFactor")
            .WithSummary("Turn on two-step verification with a code from the app; answers the recovery codes once. "
                + "Sign in again afterwards.")
            .ProducesWriteErrors().RequireAuthorization();
        g.MapGet("/me", WhoAmI).WithName("GetMe").WithSummary("The signed-in user, roles and permissions")
            .RequireAuthorization();
    }

    /// <summary>On success the bearer handler has already written the token; nothing is added.</summary>
    private static async Task<Results<EmptyHttpResult, ProblemHttpResult>> Token(SignIn h, SignIn.Request r)
    {
        var result = await h.HandleAsync(r, IdentityConstants.BearerScheme);
        return result.Succeeded ? TypedResults.Empty : TypedResults.Problem(title: result.Message,
            statusCode: result.Outcome == SignIn.Outcome.Throttled ? StatusCodes.Status429TooManyRequests
                : StatusCodes.Status401Unauthorized,
            extensions: result.Outcome == SignIn.Outcome.TwoFactorRequired
                ? new Dictionary<string, object?> { ["twoFactorRequired"] = true } : null);
    }

    private static async Task<NoContent> ChangePassword(
        ChangePassword h, ClaimsPrincipal user, ChangePassword.Request r)
    {
        await h.HandleAsync(user.FindFirstValue(ClaimTypes.NameIdentifier)!, r);
        return TypedResults.NoContent();
    }

    private static async Task<Ok<EnrolTwoFactor.Setup>> TwoFactorSetup(EnrolTwoFactor h, ClaimsPrincipal user) =>
        TypedResults.Ok(await h.GetAsync(user.FindFirstValue(ClaimTypes.NameIdentifier)!));

    private static async Task<Ok<EnrolTwoFactor.Enrolled>> EnableTwoFactor(EnrolTwoFactor h, ClaimsPrincipal user,
        EnrolTwoFactor.Request r) =>
        TypedResults.Ok(await h.EnableAsync(user.FindFirstValue(ClaimTypes.NameIdentifier)!, r));

    private static Ok<Me> WhoAmI(ClaimsPrincipal user) =>
        TypedResults.Ok(new Me(user.Identity!.Name, user.DisplayName(),
        user.NodePath(), user.FindAll(ClaimTypes.Role).Select(c => c.Value),
        user.FindAll(Security.Permissions.ClaimType).Select(c => c.Value)));
}
