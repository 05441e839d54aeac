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

    public static async Task<int> RunAsync(WebApplication app, string[] args)
    {
        var positional = args.Skip(1).Where(a => !a.Contains('=') && !a.StartsWith("--")).ToArray();
        var output = Console.Out;
        try
        {
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
            await Console.Error.WriteLineAsync(ex.Message);
            return 2;
        }
    }

    private static async Task<int> Migrate(WebApplication app, TextWriter output)
    {
        await Bootstrap.RunAsync(app.Services, output);
        await output.WriteLineAsync("数据库已迁移到最新版本。");
        return 0;
    }

    private static string Arg(string[] positional, string usage) =>
        positional.Length > 0 ? positional[0] : throw new ArgumentException("用法：tongxin " + usage);

    private static int Help(TextWriter output)
    {
        output.WriteLine("""
            tongxin [serve]               启动服务（默认）
            tongxin migrate               迁移数据库并创建首个管理员
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
