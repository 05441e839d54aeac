using System.Security.Cryptography;
using System.Text;

namespace Tongxin.Data.Protection;

/// <summary>
/// SEC-23: ID and phone numbers are stored as AES-256-GCM ciphertext with a keyed hash (blind index) for exact
/// search and dedupe. Both keys live in the key directory, outside the database, wrapped by the master key
/// (<see cref="KeyFiles"/>), and go into every backup.
/// </summary>
public sealed class FieldProtector(byte[] encryptionKey, byte[] indexKey)
{
    private const string Prefix = "k1:";

    public static FieldProtector LoadOrCreate(string keyDirectory, IKeyWrapper wrapper) =>
        new(KeyFiles.LoadOrCreate(keyDirectory, "field-encryption.key", wrapper),
            KeyFiles.LoadOrCreate(keyDirectory, "field-index.key", wrapper));

    public string Encrypt(string plaintext)
    {
        var nonce = RandomNumberGenerator.GetBytes(12);
        var data = Encoding.UTF8.GetBytes(plaintext);
        var cipher = new byte[data.Length];
        var tag = new byte[16];
        using var aes = new AesGcm(encryptionKey, 16);
        aes.Encrypt(nonce, data, cipher, tag);
        return Prefix + Convert.ToBase64String([.. nonce, .. cipher, .. tag]);
    }

    public string Decrypt(string stored)
    {
        if (!stored.StartsWith(Prefix, StringComparison.Ordinal)) throw new CryptographicException("unknown key id");
        var all = Convert.FromBase64String(stored[Prefix.Length..]);
        var plain = new byte[all.Length - 28];
        using var aes = new AesGcm(encryptionKey, 16);
        aes.Decrypt(all.AsSpan(0, 12), all.AsSpan(12, plain.Length), all.AsSpan(12 + plain.Length), plain);
        return Encoding.UTF8.GetString(plain);
    }

    /// <summary>
    /// The blind index of a canonical value: equal values give equal indexes, nothing else can be read from it.
    /// </summary>
    public string Index(string canonical) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(indexKey, Encoding.UTF8.GetBytes(canonical)));
}
