using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Tongxin.Web.Features.Account;

namespace Tongxin.Web.Infrastructure;

/// <summary>
/// SYS-11: <c>/health/live</c> (the process answers) and <c>/health/ready</c> (the database answers within
/// <see cref="ReadyTimeout"/>), anonymous, "Healthy" or "Unhealthy" and nothing else. FLT-2: with the database
/// down, pages and the API answer 503 with a message (<see cref="DatabaseErrors"/>, <see cref="UnavailablePage"/>).
/// </summary>
public static class Health
{
    public static readonly TimeSpan ReadyTimeout = TimeSpan.FromSeconds(3);

    public static void AddTongxinHealth(this IServiceCollection s)
    {
        s.AddHealthChecks().AddCheck<DatabaseReady>("database", tags: ["ready"], timeout: ReadyTimeout);
        // Ahead of the default JSON writer, which would otherwise answer a browser with JSON.
        s.Insert(0, ServiceDescriptor.Singleton<IProblemDetailsWriter, UnavailablePage>());
    }

    public static void MapTongxinHealth(this WebApplication app)
    {
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false })
            .AllowAnonymous().WithMetadata(new AnonymousAllowed("health probe: says only Healthy"));
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains("ready") })
            .AllowAnonymous().WithMetadata(new AnonymousAllowed("health probe: says only Healthy or Unhealthy"));
    }
}

/// <summary>One small statement on a table every migrated database has.</summary>
public sealed class DatabaseReady(IDbContextFactory<TongxinDb> factory) : IHealthCheck
{
    /// <summary>
    /// Below this much free space on the SQLite file's volume a write may fail half-way through a page.
    /// </summary>
    public const long MinFreeBytes = 8 * 1024 * 1024;

    private static long? FreeBytes(string file) =>
        Path.GetDirectoryName(Path.GetFullPath(file)) is { } dir && Directory.Exists(dir)
            ? new DriveInfo(dir).AvailableFreeSpace : null;

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken ct = default)
    {
        try
        {
            await using var db = await factory.CreateDbContextAsync(ct);
            // A hung server (not a stopped one) ignores cancellation: the command's own timeout breaks the
            // connection, so the probe still turns red instead of hanging with it.
            db.Database.SetCommandTimeout(Health.ReadyTimeout);
            await db.Database.ExecuteSqlRawAsync("SELECT count(*) FROM \"__EFMigrationsHistory\"", ct);
            // An embedded database on a full volume still reads but refuses every write (bench/faults FLT-2):
            // not ready, so a balancer sends users elsewhere and the operator is told.
            if (!db.Database.IsNpgsql() && FreeBytes(db.Database.GetDbConnection().DataSource) is < MinFreeBytes)
                return new HealthCheckResult(context.Registration.FailureStatus, "database volume full");
            return HealthCheckResult.Healthy();
        }
        catch (Exception e) when (e is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            // The reason goes to the log of the health check service, not to the anonymous caller.
            return new HealthCheckResult(context.Registration.FailureStatus, "database", e);
        }
    }
}
