using Microsoft.Extensions.Options;
using Tongxin.Web.Cli;

namespace Tongxin.Web.Features.Jobs;

/// <summary>
/// SEC-16: removes audit rows older than the retention setting through the purge command (which refuses under 180
/// days, so a mistyped setting fails the run and removes nothing).
/// </summary>
public sealed class PurgeAudit(IServiceProvider services, IOptions<JobOptions> options) : IScheduledJob
{
    public const string Name = "audit-purge";

    public async Task<string> RunAsync(CancellationToken ct)
    {
        var output = new StringWriter();
        var code = await AuditPurgeCommand.RunAsync(services, options.Value.AuditRetentionDays, output);
        var message = output.ToString().Trim();
        return code == 0 ? message : throw new InvalidOperationException(message);
    }
}
