using Tongxin.Data.Protection;

namespace Tongxin.Data.Audit;

/// <summary>Holds the audit HMAC key, kept outside the database in the key directory and wrapped by the master key
/// (SEC-14, SEC-23).</summary>
public sealed class AuditSigner(byte[] key)
{
    public byte[] Key { get; } = key;

    public static AuditSigner LoadOrCreate(string keyDirectory, IKeyWrapper wrapper) =>
        new(KeyFiles.LoadOrCreate(keyDirectory, "audit.key", wrapper));
}
