using System.Security.Cryptography;

namespace Tongxin.Data.Audit;

/// <summary>Holds the audit HMAC key, kept outside the database in the key directory (SEC-14, SEC-23).</summary>
public sealed class AuditSigner(byte[] key)
{
    public byte[] Key { get; } = key;

    public static AuditSigner LoadOrCreate(string keyDirectory)
    {
        Directory.CreateDirectory(keyDirectory);
        var file = Path.Combine(keyDirectory, "audit.key");
        if (!File.Exists(file))
        {
            File.WriteAllText(file, Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)));
            if (!OperatingSystem.IsWindows())
                File.SetUnixFileMode(file, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }
        return new AuditSigner(Convert.FromBase64String(File.ReadAllText(file).Trim()));
    }
}
