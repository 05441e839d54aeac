using Quartz;
using Quartz.Impl;

namespace Tongxin.Web.Features.Jobs;

/// <summary>
/// SYS-10: one scheduler. Quartz with its RAM store on SQLite (one instance), and on PostgreSQL the persistent ADO
/// store with clustering, so however many instances serve, each firing runs once. Its tables come from the
/// PostgreSQL migration (<c>QuartzSchema</c>).
/// </summary>
public static class JobsSetup
{
    public const string Group = "tongxin";

    public static void AddJobs(this IServiceCollection s, IConfiguration config, DatabaseOptions db,
        string connectionString)
    {
        var options = config.GetSection(JobOptions.Section).Get<JobOptions>() ?? new JobOptions();
        s.Configure<JobOptions>(config.GetSection(JobOptions.Section));
        var instance = new JobInstance();
        s.AddSingleton(instance);
        s.AddSingleton<JobRunner>();
        foreach (var job in ScheduledJobs.All) s.AddScoped(job.Type);
        s.AddScoped<Notices.NoticeService>();
        if (!options.Enabled) return;

        var china = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");
        s.AddQuartz(q =>
        {
            q.ConfigureScheduler(o =>
            {
                o.InstanceName = "tongxin";
                // the id manual runs record too, so both name this process alike
                o.InstanceId = instance.Id;
            });
            foreach (var job in ScheduledJobs.All)
            {
                var key = new JobKey(job.Name, Group);
                q.AddJob<QuartzJob>(j => j.WithIdentity(key).WithDescription(job.En).StoreDurably(true)
                    .DisallowConcurrentExecution(true));
                q.AddTrigger(t => t.ForJob(key).WithIdentity(job.Name, Group)
                    .WithSchedule(CronScheduleBuilder.Create(options.CronFor(job)).InTimeZone(china)));
            }
            if (db.IsPostgres)
                q.UsePersistentStore(p =>
                {
                    p.UsePostgres(connectionString);
                    p.UseClustering(c => c.Enabled = true);
                    p.UseSerializer<SystemTextJsonObjectSerializer>();
                });
            else q.UseInMemoryStore(_ => { });
        });
        s.AddQuartzHostedService(o => o.WaitForJobsToComplete = true);
    }
}
