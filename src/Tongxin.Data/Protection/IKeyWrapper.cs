namespace Tongxin.Data.Protection;

/// <summary>
/// SEC-23: wraps the data keys (field encryption, blind index, audit HMAC, cookie key ring) with a master key that
/// lives outside the data folder, so a copy of the folder or of a backup reveals nothing by itself. The local
/// implementation is <see cref="LocalKeyWrapper"/>; a 密码机 (HSM) or KMS provider implements the same two calls.
/// </summary>
public interface IKeyWrapper
{
    /// <summary>Written beside every wrapped key, so a key wrapped by another provider is recognised as such.</summary>
    string Name { get; }

    /// <summary>Encrypts and authenticates <paramref name="secret"/>, bound to <paramref name="purpose"/>.</summary>
    byte[] Wrap(byte[] secret, string purpose);

    /// <summary>The secret back; throws <see cref="System.Security.Cryptography.CryptographicException"/> when the
    /// master key or the purpose differs, or the wrapped bytes were changed.</summary>
    byte[] Unwrap(byte[] wrapped, string purpose);
}
