using System.Runtime.InteropServices;

namespace Tongxin.Web.Infrastructure;

/// <summary>
/// SEC-23, SEC-28: the data folder is 0700 and everything in it 0600 — the database with its -wal/-shm, uploads,
/// keys and backups. The process umask (077) covers every file created later by whoever creates it (SQLite, the
/// upload store, the backup zip); <see cref="Secure"/> fixes what an older version left readable. Unix only.
/// </summary>
public static class FileModes
{
    public const UnixFileMode Folder = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;
    public const UnixFileMode File = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    /// <summary>Sets the umask and makes <paramref name="dataPath"/> and all below it owner-only.</summary>
    public static void Secure(string dataPath)
    {
        if (OperatingSystem.IsWindows()) return;
        _ = umask(0b000_111_111);
        Directory.CreateDirectory(dataPath);
        Fix(new DirectoryInfo(dataPath));
    }

    /// <summary>Owner-only for one file written outside the data folder (a backup).</summary>
    public static void OwnerOnly(string file)
    {
        if (!OperatingSystem.IsWindows()) System.IO.File.SetUnixFileMode(file, File);
    }

    private static void Fix(DirectoryInfo dir)
    {
        if (OperatingSystem.IsWindows()) return;
        if (dir.UnixFileMode != Folder) dir.UnixFileMode = Folder;
        foreach (var entry in dir.EnumerateFileSystemInfos())
        {
            if (entry.LinkTarget is not null) continue;
            if (entry is DirectoryInfo sub) Fix(sub);
            else if (entry.UnixFileMode != File) entry.UnixFileMode = File;
        }
    }

    // DllImport, not LibraryImport: the generated stub would need unsafe code for this one blittable call.
#pragma warning disable SYSLIB1054
    [DllImport("libc", EntryPoint = "umask")]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern uint umask(uint mask);
#pragma warning restore SYSLIB1054
}
