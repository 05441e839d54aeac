using Tongxin.Data.Statistics;
using Tongxin.Web.Startup;

namespace Tongxin.Web.Features.Dashboard;

/// <summary>
/// Recounts the towns whose tallies a save has marked, as the system user: a town is recounted whole, whoever's
/// dashboard asked (a village user's own view would miss the rest of the town). Cheap when nothing is marked.
/// </summary>
public sealed class RecountTallies(IServiceScopeFactory scopes) : IHandler
{
    public async Task<int> HandleAsync(bool all = false, CancellationToken ct = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<HttpCurrentUser>().Use(Bootstrap.SystemPrincipal);
        return await TallyCounter.RefreshAsync(scope.ServiceProvider.GetRequiredService<TongxinDb>(), all, ct);
    }
}
