using System.Security.Cryptography;

namespace Tongxin.Data.Protection;

/// <summary>
/// The data keys on disk, each in its own file, wrapped (<see cref="IKeyWrapper"/>) and readable by the owner only
/// (SEC-23). A key file from before wrapping (plain base64) is read once and rewritten wrapped.
/// </summary>
public static class KeyFiles
{
    public const string Prefix = "tongxin-wrapped:v1:";

    public static byte[] LoadOrCreate(string directory, string name, IKeyWrapper wrapper)
    {
        Directory.CreateDirectory(directory);
        var file = Path.Combine(directory, name);
        if (!File.Exists(file)) Write(file, Envelope(wrapper, name, RandomNumberGenerator.GetBytes(32)), false);
        var text = File.ReadAllText(file).Trim();
        if (!text.StartsWith(Prefix, StringComparison.Ordinal))
        {
            var legacy = Convert.FromBase64String(text);
            Write(file, Envelope(wrapper, name, legacy), true);
            return legacy;
        }
        var rest = text[Prefix.Length..];
        var colon = rest.IndexOf(':');
        if (colon < 0 || rest[..colon] != wrapper.Name)
            throw new CryptographicException(
                $"密钥文件 {file} 不是由当前的主密钥提供方（{wrapper.Name}）包装的。");
        try
        {
            return wrapper.Unwrap(Convert.FromBase64String(rest[(colon + 1)..]), name);
        }
        catch (CryptographicException e)
        {
            throw new CryptographicException(
                $"无法解开密钥文件 {file}：主密钥不正确，或文件已被改动（SEC-23）。", e);
        }
    }

    private static string Envelope(IKeyWrapper wrapper, string name, byte[] key) =>
        $"{Prefix}{wrapper.Name}:{Convert.ToBase64String(wrapper.Wrap(key, name))}";

    /// <summary>Written beside the target and moved into place, so a reader never sees half a key; a file created
    /// meanwhile by another process wins when <paramref name="replace"/> is false.</summary>
    private static void Write(string file, string content, bool replace)
    {
        var temp = $"{file}.{Guid.NewGuid():N}.tmp";
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows()) options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        using (var w = new StreamWriter(temp, System.Text.Encoding.ASCII, options)) w.Write(content);
        try
        {
            File.Move(temp, file, replace);
        }
        catch (IOException) when (!replace && File.Exists(file))
        {
            File.Delete(temp);
        }
    }
}
