using System.Globalization;
using Tongxin.Web.Startup;

namespace Tongxin.Web.Features.Jobs;

/// <summary>
/// Runs one job and records the run (<see cref="JobRun"/>): the row is written before the work starts and completed
/// after it, each in its own context, so a failed job still leaves its outcome.
/// </summary>
public sealed class JobRunner(IServiceScopeFactory scopes, JobInstance instance, TimeProvider clock,
    ILogger<JobRunner> log)
{
    public async Task<JobRun> RunAsync(ScheduledJobInfo job, DateTime? scheduledUtc, string? startedBy,
        CancellationToken ct = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var sp = scope.ServiceProvider;
        sp.GetRequiredService<HttpCurrentUser>().Use(Bootstrap.SystemPrincipal);
        var contexts = sp.GetRequiredService<IDbContextFactory<TongxinDb>>();
        var run = new JobRun
        {
            Job = job.Name, Instance = instance.Id, StartedUtc = clock.GetUtcNow().UtcDateTime,
            ScheduledUtc = scheduledUtc, StartedBy = startedBy,
        };
        await using (var db = await contexts.CreateDbContextAsync(ct))
        {
            db.Add(run);
            await db.SaveChangesAsync(ct);
        }
        // Jobs speak Chinese (SYS-1) whoever presses "run now": their notices and messages are stored text.
        var (culture, uiCulture) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo(Loc.Chinese);
        try
        {
            run.Message = await ((IScheduledJob)sp.GetRequiredService(job.Type)).RunAsync(ct);
            run.Success = true;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            log.LogError(e, "Job {Job} failed", job.Name);
            run.Message = e.Message;
            run.Success = false;
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (culture, uiCulture);
        }
        run.EndedUtc = clock.GetUtcNow().UtcDateTime;
        if (run.Message?.Length > 2000) run.Message = run.Message[..2000];
        await using (var db = await contexts.CreateDbContextAsync(CancellationToken.None))
        {
            db.Attach(run);
            db.Entry(run).Property(r => r.Message).IsModified = true;
            db.Entry(run).Property(r => r.Success).IsModified = true;
            db.Entry(run).Property(r => r.EndedUtc).IsModified = true;
            await db.SaveChangesAsync(CancellationToken.None);
        }
        return run;
    }
}
