using Microsoft.AspNetCore.Identity;
using Tongxin.Data.Audit;
using Tongxin.Data.Seed;
using Tongxin.Web.Startup;

namespace Tongxin.Web.Cli;

/// <summary>
/// `tongxin demo-data --scale county|city|province`: writes a generated region tree, people and five years of
/// activities in bulk with progress and rows per second (issue 6). With TONGXIN_BENCH_PASSWORD set it also creates two
/// staff accounts for the benchmark: bench-county (the first generated county) and bench-province (the province).
/// </summary>
public static class DemoDataCommand
{
    public static async Task<int> RunAsync(IServiceProvider root, string[] args, TextWriter output)
    {
        var at = Array.IndexOf(args, "--scale");
        var name = at >= 0 && at + 1 < args.Length ? args[at + 1]
            : args.Skip(1).FirstOrDefault(a => !a.StartsWith("--") && !a.Contains('='));
        if (name is null || !ScaleDemo.Sizes.TryGetValue(name, out var size))
            throw new ArgumentException("用法：tongxin demo-data --scale county|city|province");
        await using var scope = root.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<HttpCurrentUser>().Use(Bootstrap.SystemPrincipal);
        var db = scope.ServiceProvider.GetRequiredService<TongxinDb>();
        var today = DateOnly.FromDateTime(scope.ServiceProvider.GetRequiredService<TimeProvider>()
            .GetUtcNow().UtcDateTime);
        await output.WriteLineAsync(
            $"生成 {size.Name} 规模数据：{size.Counties:N0} 个县、{size.Towns:N0} 个镇街、" +
            $"{size.Villages:N0} 个村居、{size.People:N0} 人、" +
            $"{size.Activities:N0} 条活动（{size.Years} 年）");
        IReadOnlyList<ScaleDemo.Report> reports;
        try
        {
            reports = await ScaleDemo.LoadAsync(db, size, today, line => output.Write("\r" + line.PadRight(60)));
        }
        catch (InvalidOperationException ex)
        {
            throw new ArgumentException(ex.Message);
        }
        await output.WriteLineAsync();
        foreach (var r in reports)
            await output.WriteLineAsync($"{r.Table}\t{r.Rows,12:N0} 行\t{r.Seconds,8:N1} 秒\t" +
                $"{r.Rows / Math.Max(0.001, r.Seconds),10:N0} 行/秒");
        db.AddAuditEvent("demo-data", details: new { scale = size.Name, rows = reports.Sum(r => r.Rows) });
        await db.SaveChangesAsync();
        if (Environment.GetEnvironmentVariable("TONGXIN_BENCH_PASSWORD") is { Length: > 0 } password)
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            var clock = scope.ServiceProvider.GetRequiredService<TimeProvider>();
            foreach (var (user, code) in new[] { ("bench-county", ScaleDemo.BenchCountyCode),
                ("bench-province", "37") })
            {
                if (await users.FindByNameAsync(user) is not null) continue;
                var node = db.Regions.Single(r => r.Code == code);
                var account = Bootstrap.NewUser(user, $"压测账号（{node.Name}）", node, null, clock);
                Bootstrap.Ensure(await users.CreateAsync(account, password));
                Bootstrap.Ensure(await users.AddToRoleAsync(account, Roles.Staff));
            }
            await output.WriteLineAsync(
                "已创建压测账号 bench-county、bench-province（密码取自 TONGXIN_BENCH_PASSWORD）。");
        }
        return 0;
    }
}
