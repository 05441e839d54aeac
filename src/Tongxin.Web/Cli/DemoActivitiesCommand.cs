using Stopwatch = System.Diagnostics.Stopwatch;
using Tongxin.Domain.Regions;
using Tongxin.Web.Startup;

namespace Tongxin.Web.Cli;

/// <summary>
/// `tongxin demo-activities <count> [year]`: adds made-up activities for benchmarks (the duties issue asks that a
/// county with 100,000 activities a year shows compliance without delay). Spread over the county's bodies and villages,
/// half of them of types the rules count; inserted in batches. Not for production data: rows are tagged in the topic.
/// </summary>
public static class DemoActivitiesCommand
{
    public static async Task<int> RunAsync(IServiceProvider root, int count, int year, TextWriter output)
    {
        if (count is < 1 or > 2_000_000) throw new ArgumentException("数量应在 1–2,000,000 之间");
        await using var scope = root.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<Security.HttpCurrentUser>().Use(Bootstrap.SystemPrincipal);
        var db = scope.ServiceProvider.GetRequiredService<TongxinDb>();
        var bodies = await db.Bodies.AsNoTracking().Select(b => new { b.Id, b.NodeId, b.NodePath }).ToListAsync();
        var villages = await db.Regions.AsNoTracking().Where(r => r.Level == RegionLevel.Village)
            .Select(r => new { r.Id, r.NodePath }).ToListAsync();
        if (bodies.Count == 0 || villages.Count == 0)
            throw new ArgumentException("请先载入演示数据（区划和机构）");
        string[] types = ["T01", "T02", "T03", "T04", "T05", "T07", "T08"];
        var random = new Random(year);
        var watch = Stopwatch.StartNew();
        const int batch = 5_000;
        for (var done = 0; done < count;)
        {
            var n = Math.Min(batch, count - done);
            for (var i = 0; i < n; i++)
            {
                var date = new DateOnly(year, 1, 1).AddDays(random.Next(DateTime.IsLeapYear(year) ? 366 : 365));
                var onVillage = random.Next(3) == 0;
                Guid? bodyId = null;
                Guid nodeId;
                string path;
                if (onVillage)
                    (nodeId, path) = villages[random.Next(villages.Count)] is var v ? (v.Id, v.NodePath) : default;
                else
                {
                    var b = bodies[random.Next(bodies.Count)];
                    (bodyId, nodeId, path) = (b.Id, b.NodeId, b.NodePath);
                }
                db.Activities.Add(new Activity
                {
                    Date = date, Type = onVillage ? "T03" : types[random.Next(types.Length)],
                    BodyId = bodyId, Topic = "（压测数据）活动",
                    Minutes = random.Next(4) == 0 ? null : "（压测数据）纪要", HasEvidence = true,
                    NodeId = nodeId, NodePath = path,
                });
            }
            await db.SaveChangesAsync();
            db.ChangeTracker.Clear();
            done += n;
            output.Write($"\r已写入 {done:N0} / {count:N0} 条活动" +
                $"（{done / Math.Max(0.001, watch.Elapsed.TotalSeconds):N0} 条/秒）");
        }
        output.WriteLine();
        return 0;
    }
}
