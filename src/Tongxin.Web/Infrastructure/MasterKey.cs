using System.Security.Cryptography;
using Tongxin.Data.Protection;

namespace Tongxin.Web.Infrastructure;

/// <summary>
/// Where the master key comes from (SEC-23): <c>Tongxin:MasterKey</c> (base64 of 32 bytes, e.g. the environment
/// variable <c>Tongxin__MasterKey</c>) or <c>Tongxin:MasterKeyFile</c> (a file holding that base64), never inside the
/// data folder. Production refuses to start without one. Elsewhere (development, tests) a key is generated once
/// into <c>~/.config/tongxin/master.key</c>, so the README's first command needs no set-up.
/// </summary>
public static class MasterKey
{
    public static IKeyWrapper Resolve(IConfiguration config, IHostEnvironment env, string dataPath, TextWriter notice)
    {
        if (config["Tongxin:MasterKey"] is { Length: > 0 } inline) return new LocalKeyWrapper(Parse(inline, null));
        var file = config["Tongxin:MasterKeyFile"] is { Length: > 0 } f ? Path.GetFullPath(f) : null;
        if (file is null && env.IsProduction())
            throw new StartupRefusedException(
                "生产环境必须配置主密钥：设置 Tongxin__MasterKeyFile（数据目录之外、仅服务账号可读的文件）" +
                "或 Tongxin__MasterKey（32 字节的 base64），见 docs/deploy.md。");
        file ??= DefaultFile();
        var data = Path.GetFullPath(dataPath).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
        if (file.StartsWith(data, StringComparison.Ordinal))
            throw new StartupRefusedException($"主密钥文件不能放在数据目录内：{file}");
        if (!File.Exists(file))
        {
            if (env.IsProduction())
                throw new StartupRefusedException($"主密钥文件不存在：{file}（见 docs/deploy.md）");
            Create(file);
            notice.WriteLine($"已生成本机开发用主密钥：{file}。生产环境请配置 Tongxin__MasterKeyFile。");
        }
        return new LocalKeyWrapper(Parse(File.ReadAllText(file), file));
    }

    /// <summary>A new master key as its file content (base64 of 32 random bytes).</summary>
    public static string NewKey() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));

    private static byte[] Parse(string text, string? file)
    {
        try
        {
            var key = Convert.FromBase64String(text.Trim());
            if (key.Length == 32) return key;
        }
        catch (FormatException) { }
        throw new StartupRefusedException($"主密钥必须是 32 字节的 base64：{file ?? "Tongxin:MasterKey"}");
    }

    private static string DefaultFile()
    {
        var config = Environment.GetEnvironmentVariable("XDG_CONFIG_HOME") is { Length: > 0 } x ? x
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".config");
        return Path.Combine(Path.GetFullPath(config), "tongxin", "master.key");
    }

    private static void Create(string file)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        var temp = $"{file}.{Guid.NewGuid():N}.tmp";
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows()) options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        using (var w = new StreamWriter(temp, System.Text.Encoding.ASCII, options)) w.Write(NewKey());
        // Several test hosts may start at once: the first file in place wins, the others read it.
        try { File.Move(temp, file, false); }
        catch (IOException) when (File.Exists(file)) { File.Delete(temp); }
    }
}
