using Tongxin.Web.Cli;
using Tongxin.Web.Infrastructure;

namespace Tongxin.Web.Tests.Operations;

/// <summary>SEC-23, SEC-28: the data folder is the service account's alone — folder 0700, files 0600, backups too.
/// </summary>
public abstract class FileModeTests(TestApp app)
{
    private const UnixFileMode Open = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead
        | UnixFileMode.OtherRead;

    [Fact]
    [Trait("Req", "SEC-23")]
    [Trait("Req", "SEC-28")]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public async Task The_data_folder_its_files_and_a_backup_are_owner_only()
    {
        app.Require();
        await using var fresh = (TestApp)Activator.CreateInstance(app.GetType())!;
        // As an older version left it: a readable folder and file, and an unwrapped key.
        File.SetUnixFileMode(fresh.DataPath, Open | UnixFileMode.UserExecute | UnixFileMode.GroupExecute
            | UnixFileMode.OtherExecute);
        File.WriteAllText(Path.Combine(fresh.DataPath, "notes.txt"), "left by an older version");
        File.SetUnixFileMode(Path.Combine(fresh.DataPath, "notes.txt"), Open);
        var keys = Directory.CreateDirectory(Path.Combine(fresh.DataPath, "keys")).FullName;
        var auditKey = Path.Combine(keys, "audit.key");
        File.WriteAllText(auditKey, Convert.ToBase64String(new byte[32]));
        File.SetUnixFileMode(auditKey, Open);
        await fresh.InitializeAsync();
        (await fresh.SignInAs("staff")).Dispose();

        var outside = Directory.CreateTempSubdirectory("tongxin-backups").FullName;
        try
        {
            var zip = Path.Combine(outside, "backup.zip");
            (await BackupCommand.RunAsync(fresh.Services, zip, TextWriter.Null)).ShouldBe(0);
            File.GetUnixFileMode(zip).ShouldBe(FileModes.File);
        }
        finally
        {
            Directory.Delete(outside, true);
        }

        var folders = Directory.GetDirectories(fresh.DataPath, "*", SearchOption.AllDirectories).Append(fresh.DataPath)
            .ToList();
        var files = Directory.GetFiles(fresh.DataPath, "*", SearchOption.AllDirectories);
        folders.ShouldContain(d => d.EndsWith("uploads"));
        File.ReadAllText(auditKey).ShouldStartWith(Data.Protection.KeyFiles.Prefix);
        files.ShouldContain(f => f.Contains("dataprotection"));
        if (fresh.Provider == "sqlite") files.ShouldContain(f => f.EndsWith("tongxin.db-wal"));
        folders.Where(d => File.GetUnixFileMode(d) != FileModes.Folder).ShouldBeEmpty();
        files.Where(f => File.GetUnixFileMode(f) != FileModes.File).ShouldBeEmpty();
    }
}

public sealed class FileModeTestsSqlite(SqliteApp app) : FileModeTests(app);
public sealed class FileModeTestsPostgres(PostgresApp app) : FileModeTests(app);
