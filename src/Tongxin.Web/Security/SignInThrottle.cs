using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace Tongxin.Web.Security;

/// <summary>
/// SEC-22: sign-in attempts (password and second-factor steps, page and API) are counted per client address and per
/// user name, and both budgets must hold: the name's stops many addresses guessing one account, the address's stops
/// one address spraying names. Consulted by the handlers, not the rate-limiting middleware, because only the handler
/// knows the name; loading the sign-in page therefore costs nothing.
/// </summary>
public sealed class SignInThrottle : IDisposable
{
    private readonly PartitionedRateLimiter<(string Name, string Address)> _limiter;

    public SignInThrottle(IOptions<TongxinOptions> options)
    {
        var permits = Math.Max(1, options.Value.SignInPermitsPerMinute);
        FixedWindowRateLimiterOptions Window() => new()
        {
            PermitLimit = permits, Window = TimeSpan.FromMinutes(1), QueueLimit = 0,
        };
        _limiter = PartitionedRateLimiter.CreateChained(
            PartitionedRateLimiter.Create<(string Name, string Address), string>(k =>
                RateLimitPartition.GetFixedWindowLimiter(k.Address, _ => Window())),
            PartitionedRateLimiter.Create<(string Name, string Address), string>(k =>
                RateLimitPartition.GetFixedWindowLimiter(k.Name, _ => Window())));
    }

    public static string Message => Loc.T("登录尝试过于频繁，请稍后再试",
        "Too many sign-in attempts; please try again later");

    /// <summary>True when this attempt is within both budgets (and counts against them).</summary>
    public bool TryAcquire(string userName, string? clientAddress)
    {
        using var lease = _limiter.AttemptAcquire((userName.ToUpperInvariant(), clientAddress ?? "local"));
        return lease.IsAcquired;
    }

    public void Dispose() => _limiter.Dispose();
}
