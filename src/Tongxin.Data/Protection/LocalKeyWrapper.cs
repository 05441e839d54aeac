using System.Security.Cryptography;
using System.Text;

namespace Tongxin.Data.Protection;

/// <summary>
/// AES-256-GCM under a 32-byte master key held by the process (configuration, environment or a key file outside the
/// data folder). The purpose is the associated data, so a wrapped key cannot be swapped for another one.
/// </summary>
public sealed class LocalKeyWrapper : IKeyWrapper
{
    private const byte Version = 1;
    private readonly byte[] _master;

    public LocalKeyWrapper(byte[] masterKey)
    {
        if (masterKey.Length != 32) throw new ArgumentException("The master key must be 32 bytes.", nameof(masterKey));
        _master = [.. masterKey];
    }

    public string Name => "local";

    public byte[] Wrap(byte[] secret, string purpose)
    {
        var nonce = RandomNumberGenerator.GetBytes(12);
        var cipher = new byte[secret.Length];
        var tag = new byte[16];
        using var aes = new AesGcm(_master, 16);
        aes.Encrypt(nonce, secret, cipher, tag, Associated(purpose));
        return [Version, .. nonce, .. cipher, .. tag];
    }

    public byte[] Unwrap(byte[] wrapped, string purpose)
    {
        if (wrapped.Length < 29 || wrapped[0] != Version) throw new CryptographicException("unknown wrapping");
        var plain = new byte[wrapped.Length - 29];
        using var aes = new AesGcm(_master, 16);
        aes.Decrypt(wrapped.AsSpan(1, 12), wrapped.AsSpan(13, plain.Length), wrapped.AsSpan(13 + plain.Length),
            plain, Associated(purpose));
        return plain;
    }

    private static byte[] Associated(string purpose) => Encoding.UTF8.GetBytes("tongxin-key:" + purpose);
}
