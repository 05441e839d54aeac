using System.Net;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.Identity;

namespace Tongxin.Web.Security;

/// <summary>Registrations of the sign-in hardening (SEC-2, SEC-4, SEC-22), kept out of the shared Services.cs.
/// </summary>
public static class SignInSetup
{
    public static void AddSignInSecurity(this IServiceCollection s, TongxinOptions tx)
    {
        s.AddSingleton<SignInThrottle>();
        // Replaces Identity's authenticator provider (registered by AddDefaultTokenProviders before this runs).
        s.AddTransient<OneTimeAuthenticator>();
        s.Configure<IdentityOptions>(o => o.Tokens.ProviderMap[TokenOptions.DefaultAuthenticatorProvider] =
            new TokenProviderDescriptor(typeof(OneTimeAuthenticator)));
        s.Configure<ForwardedHeadersOptions>(o =>
        {
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            foreach (var proxy in tx.Security.KnownProxies.Select(p => p.Trim()).Where(p => p.Length > 0))
            {
                if (proxy.Contains('/')) o.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(proxy));
                else o.KnownProxies.Add(IPAddress.Parse(proxy));
            }
        });
    }

    /// <summary>First in the pipeline: the client's address (audit rows, sign-in budget) and scheme come from the
    /// forwarded headers of a configured proxy only.</summary>
    public static void UseForwardedClientAddress(this WebApplication app) => app.UseForwardedHeaders();
}
