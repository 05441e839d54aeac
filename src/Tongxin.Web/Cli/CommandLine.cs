using System.Data.Common;
using Npgsql;
using Tongxin.Web.Startup;

namespace Tongxin.Web.Cli;

/// <summary>
/// `tongxin serve|migrate|backup|restore|audit-verify|demo-users` — the same executable as the server.
/// </summary>
public static class CommandLine
{
    private static readonly string[] Commands = ["serve", "migrate", "backup", "restore", "audit-verify", "audit-purge",
        "demo-users", "demo-activities", "demo-data", "demo-import-file", "help", "--help"];

    public static bool IsCommand(string[] args) => args.Length > 0 && Commands.Contains(args[0]) && args[0] != "serve";

    /// <summary>
    /// Only key=value and --switch arguments are configuration; positional ones belong to the command.
    /// </summary>
    public static string[] ConfigArgs(string[] args) =>
        args.Where(a => a.Contains('=') || a.StartsWith("--")).Where(a => a != "--help").ToArray();

    /// <summary>Commands that change the schema run under the owner login when one is configured (SEC-14).</summary>
    private static readonly string[] OwnerCommands = ["migrate", "restore"];

    /// <summary>Commands that work without a database, or bring one to this build's schema themselves.</summary>
    private static readonly string[] NoSchemaNeeded = ["migrate", "restore", "demo-import-file", "help", "--help"];

    /// <summary>
    /// Before the services are built: `migrate` and `restore` connect with Tongxin:Database:OwnerConnectionString, and
    /// the app role to grant to defaults to the user of the serving connection string.
    /// </summary>
    public static void UseOwnerLogin(IConfiguration config, string[] args)
    {
        if (args.Length == 0 || !OwnerCommands.Contains(args[0])) return;
        if (config["Tongxin:Database:OwnerConnectionString"] is not { Length: > 0 } owner) return;
        if (config["Tongxin:Database:AppRole"] is not { Length: > 0 }
            && config["Tongxin:Database:ConnectionString"] is { Length: > 0 } app
            && new NpgsqlConnectionStringBuilder(app).Username is { Length: > 0 } user
            && user != new NpgsqlConnectionStringBuilder(owner).Username)
            config["Tongxin:Database:AppRole"] = user;
        config["Tongxin:Database:ConnectionString"] = owner;
    }

    public static Task<int> RunAsync(WebApplication app, string[] args) =>
        RunAsync(app, args, Console.Out, Console.Error);

    public static async Task<int> RunAsync(WebApplication app, string[] args, TextWriter output, TextWriter error)
    {
        var positional = args.Skip(1).Where(a => !a.Contains('=') && !a.StartsWith("--")).ToArray();
        try
        {
            // Item 10 of issue 14: on a database behind this build a command says so instead of failing half-way.
            if (!NoSchemaNeeded.Contains(args[0]) && !await IsCurrentAsync(app.Services))
            {
                await error.WriteLineAsync(Schema.MigrateFirst);
                return 1;
            }
            return args[0] switch
            {
                "migrate" => await Migrate(app, output),
                "backup" => await BackupCommand.RunAsync(app.Services, Arg(positional, "backup <file.zip>"), output),
                "restore" => await RestoreCommand.RunAsync(app.Services, Arg(positional, "restore <file.zip>"), output),
                "audit-verify" => await AuditVerifyCommand.RunAsync(app.Services, output),
                "audit-purge" => await AuditPurgeCommand.RunAsync(app.Services,
                    int.TryParse(Arg(positional, "audit-purge <保留天数>"), out var days) ? days
                        : throw new ArgumentException("保留天数应为整数"), output),
                "demo-users" => await DemoUsersCommand.RunAsync(app.Services, output),
                "demo-activities" => await DemoActivitiesCommand.RunAsync(app.Services,
                    int.TryParse(Arg(positional, "demo-activities <数量> [年度]"), out var n) ? n
                        : throw new ArgumentException("数量应为整数"),
                    positional.Length > 1 && int.TryParse(positional[1], out var y) ? y
                        : app.Services.GetRequiredService<TimeProvider>().GetUtcNow().Year, output),
                "demo-data" => await DemoDataCommand.RunAsync(app.Services, args, output),
                "demo-import-file" => await DemoImportFileCommand.RunAsync(
                    Arg(positional, "demo-import-file <file.xlsx> [行数] [节点代码]"),
                    positional.Length > 1 ? int.TryParse(positional[1], out var rows) ? rows
                        : throw new ArgumentException("行数应为整数") : 10_000,
                    positional.Length > 2 ? positional[2] : Data.Seed.ScaleDemo.BenchCountyCode + "001", output),
                _ => Help(output),
            };
        }
        catch (ArgumentException ex)
        {
            await error.WriteLineAsync(ex.Message);
            return 2;
        }
        catch (DbException ex)
        {
            await error.WriteLineAsync("数据库错误：" + ex.Message);
            return 1;
        }
    }

    private static async Task<bool> IsCurrentAsync(IServiceProvider root)
    {
        await using var scope = root.CreateAsyncScope();
        return await Schema.IsCurrentAsync(scope.ServiceProvider.GetRequiredService<TongxinDb>());
    }

    private static async Task<int> Migrate(WebApplication app, TextWriter output)
    {
        await using (var scope = app.Services.CreateAsyncScope())
            if (!await Schema.MayMigrateAsync(scope.ServiceProvider.GetRequiredService<TongxinDb>()))
            {
                await output.WriteLineAsync("当前数据库账号无权修改数据库结构：请在 Tongxin:Database:" +
                    "OwnerConnectionString 中配置所有者账号后再运行 tongxin migrate。");
                return 1;
            }
        await Bootstrap.RunAsync(app.Services, output, grant: true);
        await output.WriteLineAsync("数据库已迁移到最新版本。");
        return 0;
    }

    private static string Arg(string[] positional, string usage) =>
        positional.Length > 0 ? positional[0] : throw new ArgumentException("用法：tongxin " + usage);

    private static int Help(TextWriter output)
    {
        output.WriteLine("""
            tongxin [serve]               启动服务（默认）
            tongxin migrate               迁移数据库（PostgreSQL 用所有者账号）并创建首个管理员
            tongxin backup <file.zip>     在线备份数据库和密钥
            tongxin restore <file.zip>    从备份恢复（请先停止服务）
            tongxin audit-verify          校验审计日志哈希链
            tongxin audit-purge <天数>    清理超过保留期的审计日志（不少于 180 天）
            tongxin demo-users            列出演示账号及密码（仅演示模式）
            tongxin demo-activities <n> [年度]  写入 n 条压测用活动记录（基准测试用）
            tongxin demo-data --scale county|city|province  批量生成县/市/省规模的压测数据
            tongxin demo-import-file <file.xlsx> [行数] [节点代码]
                                          生成人员导入压测文件（默认 10,000 行）
            """);
        return 0;
    }
}
