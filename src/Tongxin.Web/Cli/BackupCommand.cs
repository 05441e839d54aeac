using System.Diagnostics;
using System.IO.Compression;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;
using Npgsql;
using Tongxin.Web.Startup;

namespace Tongxin.Web.Cli;

/// <summary>
/// SEC-28: an online backup (SQLite VACUUM INTO, never a file copy; PostgreSQL pg_dump) zipped with the key
/// ring (wrapped: useless without the master key, SEC-23) and a manifest of row counts that restore checks against.
/// </summary>
public static class BackupCommand
{
    public const string SqliteEntry = "database.sqlite";
    public const string PostgresEntry = "database.pgdump";
    public const string ManifestEntry = "manifest.json";

    public static async Task<int> RunAsync(IServiceProvider root, string file, TextWriter output)
    {
        await using var scope = root.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<HttpCurrentUser>().Use(Bootstrap.SystemPrincipal);
        var db = scope.ServiceProvider.GetRequiredService<TongxinDb>();
        var options = root.GetRequiredService<IOptions<TongxinOptions>>().Value;
        var work = Directory.CreateTempSubdirectory("tongxin-backup");
        try
        {
            var counts = await TableCounts.ReadAsync(db);
            var dbFile = db.Database.IsNpgsql() ? Path.Combine(work.FullName, PostgresEntry)
                : Path.Combine(work.FullName, SqliteEntry);
            if (db.Database.IsNpgsql()) await PgDumpAsync(db.Database.GetConnectionString()!, dbFile);
            else await VacuumIntoAsync(db.Database.GetConnectionString()!, dbFile);
            var manifest = new Manifest(db.Database.ProviderName!,
                root.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime, counts);
            await File.WriteAllTextAsync(Path.Combine(work.FullName, ManifestEntry),
                JsonSerializer.Serialize(manifest));
            CopyDirectory(options.KeysPath, Path.Combine(work.FullName, "keys"));
            // attachments (SEC-21)
            if (Directory.Exists(options.UploadsPath))
                CopyDirectory(options.UploadsPath, Path.Combine(work.FullName, "uploads"));
            var target = Path.GetFullPath(file);
            if (File.Exists(target)) File.Delete(target);
            ZipFile.CreateFromDirectory(work.FullName, target);
            FileModes.OwnerOnly(target);
            await output.WriteLineAsync(
                $"备份完成：{target}（{counts.Values.Sum()} 行，{counts.Count} 张表，含密钥）");
            return 0;
        }
        finally
        {
            work.Delete(true);
        }
    }

    public sealed record Manifest(string Provider, DateTime CreatedUtc, Dictionary<string, long> Counts);

    private static async Task VacuumIntoAsync(string connectionString, string target)
    {
        await using var c = new SqliteConnection(connectionString);
        await c.OpenAsync();
        await using var cmd = c.CreateCommand();
        cmd.CommandText = "VACUUM INTO $target";
        cmd.Parameters.AddWithValue("$target", target);
        await cmd.ExecuteNonQueryAsync();
    }

    private static Task PgDumpAsync(string connectionString, string target) =>
        PgTool.RunAsync("pg_dump", connectionString, ["-Fc", "--no-owner", "-f", target]);

    public static void CopyDirectory(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var f in Directory.GetFiles(from)) File.Copy(f, Path.Combine(to, Path.GetFileName(f)), true);
        foreach (var d in Directory.GetDirectories(from)) CopyDirectory(d, Path.Combine(to, Path.GetFileName(d)));
    }
}

/// <summary>Runs pg_dump / pg_restore with the connection's host, port, user and password (password via env).</summary>
public static class PgTool
{
    public static async Task RunAsync(string tool, string connectionString, IEnumerable<string> args)
    {
        var cs = new NpgsqlConnectionStringBuilder(connectionString);
        var psi = new ProcessStartInfo(tool) { RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in new[] { "-h", cs.Host ?? "localhost", "-p", cs.Port.ToString(),
            "-U", cs.Username ?? "postgres", "-d", cs.Database ?? "" }.Concat(args))
            psi.ArgumentList.Add(a);
        if (cs.Password is { } pw) psi.Environment["PGPASSWORD"] = pw;
        using var p = Process.Start(psi) ?? throw new InvalidOperationException($"{tool} did not start");
        var err = await p.StandardError.ReadToEndAsync();
        await p.WaitForExitAsync();
        if (p.ExitCode != 0) throw new InvalidOperationException($"{tool} failed ({p.ExitCode}): {err}");
    }
}
