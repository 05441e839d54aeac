using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Tongxin.Data.Entities;

namespace Tongxin.Web.Tests.Account;

/// <summary>Counts how often a password is checked, to prove every sign-in attempt does the same work (SEC-2).
/// </summary>
public sealed class CountingHasher : IPasswordHasher<AppUser>
{
    private readonly PasswordHasher<AppUser> _inner = new();
    private int _verified;
    public int Verified => Volatile.Read(ref _verified);

    public string HashPassword(AppUser user, string password) => _inner.HashPassword(user, password);

    public PasswordVerificationResult VerifyHashedPassword(AppUser user, string hashedPassword, string provided)
    {
        Interlocked.Increment(ref _verified);
        return _inner.VerifyHashedPassword(user, hashedPassword, provided);
    }
}

/// <summary>
/// Stands in for the TCP peer a test server does not have: the header <see cref="Header"/> becomes the
/// connection's remote address before the app's own pipeline (and its forwarded-headers step) runs.
/// </summary>
public sealed class PeerAddress : IStartupFilter
{
    public const string Header = "X-Test-Peer";

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use((http, inner) =>
        {
            if (http.Request.Headers.TryGetValue(Header, out var peer))
                http.Connection.RemoteIpAddress = IPAddress.Parse(peer.ToString());
            return inner(http);
        });
        next(app);
    };

    public static void Register(IServiceCollection s) => s.AddTransient<IStartupFilter, PeerAddress>();
}

public static class ProxyHeaders
{
    /// <summary>A request as nginx at <paramref name="peer"/> passes it on for <paramref name="client"/>.</summary>
    public static HttpClient Via(this HttpClient c, string peer, string? client = null)
    {
        c.DefaultRequestHeaders.Add(PeerAddress.Header, peer);
        if (client is not null) c.DefaultRequestHeaders.Add("X-Forwarded-For", client);
        return c;
    }
}
