using System.IO.Compression;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;
using Tongxin.Data.Audit;
using Tongxin.Data.Protection;
using Tongxin.Web.Startup;

namespace Tongxin.Web.Cli;

/// <summary>
/// SEC-28: restore a backup, then prove it: integrity check, row counts, audit chain with the restored keys.
/// </summary>
public static class RestoreCommand
{
    public static async Task<int> RunAsync(IServiceProvider root, string file, TextWriter output)
    {
        if (!File.Exists(file)) throw new ArgumentException($"备份文件不存在：{file}");
        var options = root.GetRequiredService<IOptions<TongxinOptions>>().Value;
        var work = Directory.CreateTempSubdirectory("tongxin-restore");
        try
        {
            ZipFile.ExtractToDirectory(file, work.FullName);
            var manifest = JsonSerializer.Deserialize<BackupCommand.Manifest>(
                await File.ReadAllTextAsync(Path.Combine(work.FullName, BackupCommand.ManifestEntry)))!;
            await using (var scope = root.CreateAsyncScope())
            {
                scope.ServiceProvider.GetRequiredService<HttpCurrentUser>().Use(Bootstrap.SystemPrincipal);
                var db = scope.ServiceProvider.GetRequiredService<TongxinDb>();
                var cs = db.Database.GetConnectionString()!;
                if (db.Database.IsNpgsql())
                    await PgTool.RunAsync("pg_restore", cs, ["--clean", "--if-exists", "--no-owner",
                        Path.Combine(work.FullName, BackupCommand.PostgresEntry)]);
                else
                    RestoreSqlite(cs, Path.Combine(work.FullName, BackupCommand.SqliteEntry));
            }
            BackupCommand.CopyDirectory(Path.Combine(work.FullName, "keys"), options.KeysPath);
            if (Directory.Exists(Path.Combine(work.FullName, "uploads")))
                BackupCommand.CopyDirectory(Path.Combine(work.FullName, "uploads"), options.UploadsPath);
            FileModes.Secure(options.FullDataPath);
            var keys = AuditSigner.LoadOrCreate(options.KeysPath, root.GetRequiredService<IKeyWrapper>());
            return await VerifyAsync(root, manifest, keys, output);
        }
        finally
        {
            work.Delete(true);
        }
    }

    private static void RestoreSqlite(string connectionString, string backup)
    {
        SqliteConnection.ClearAllPools();
        var path = new SqliteConnectionStringBuilder(connectionString).DataSource;
        foreach (var suffix in new[] { "-wal", "-shm" }) File.Delete(path + suffix);
        File.Copy(backup, path, true);
    }

    private static async Task<int> VerifyAsync(IServiceProvider root, BackupCommand.Manifest manifest,
        AuditSigner keys, TextWriter output)
    {
        await using var scope = root.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<HttpCurrentUser>().Use(Bootstrap.SystemPrincipal);
        var db = scope.ServiceProvider.GetRequiredService<TongxinDb>();
        if (!db.Database.IsNpgsql())
        {
            var conn = db.Database.GetDbConnection();
            await conn.OpenAsync();
            await using var cmd = conn.CreateCommand();
            cmd.CommandText = "PRAGMA integrity_check";
            var check = Convert.ToString(await cmd.ExecuteScalarAsync());
            await conn.CloseAsync();
            if (check != "ok") return Fail(output, "完整性检查未通过：" + check);
        }
        var counts = await TableCounts.ReadAsync(db);
        var diff = manifest.Counts.Where(kv => counts.GetValueOrDefault(kv.Key) != kv.Value)
            .Select(kv => kv.Key).ToList();
        if (diff.Count > 0) return Fail(output, "行数与备份不一致：" + string.Join(", ", diff));
        var (broken, n) = await AuditVerifyCommand.FindBrokenAsync(db, keys.Key);
        if (broken is not null) return Fail(output, $"审计链校验失败：Seq={broken}");
        await output.WriteLineAsync(
            $"恢复完成：完整性检查通过，{counts.Count} 张表行数一致，" +
            $"审计链 {n} 条校验通过。请重启服务。");
        return 0;
    }

    private static int Fail(TextWriter output, string message)
    {
        output.WriteLine("恢复后校验失败：" + message);
        return 1;
    }
}
