using System.Security.Cryptography;

namespace Tongxin.Domain.Accounts;

/// <summary>
/// Time-based one-time codes of RFC 6238 (HMAC-SHA1, 30-second steps, 6 digits), as authenticator apps compute them
/// (SEC-4). Returns the matching time step so the caller can refuse a code that was already used.
/// </summary>
public static class Totp
{
    public const int StepSeconds = 30;
    public const int Digits = 6;

    public static long StepAt(DateTimeOffset time) => time.ToUnixTimeSeconds() / StepSeconds;

    public static string Code(byte[] key, long step)
    {
        Span<byte> counter = stackalloc byte[8];
        System.Buffers.Binary.BinaryPrimitives.WriteInt64BigEndian(counter, step);
        Span<byte> hash = stackalloc byte[20];
        HMACSHA1.HashData(key, counter, hash);
        var offset = hash[^1] & 0x0F;
        var binary = ((hash[offset] & 0x7F) << 24) | (hash[offset + 1] << 16) | (hash[offset + 2] << 8)
            | hash[offset + 3];
        return (binary % 1_000_000).ToString("D6", System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// The step whose code this is, allowing one step either side for clock drift and typing time; null when it
    /// matches none.
    /// </summary>
    public static long? Match(byte[] key, string? code, DateTimeOffset now)
    {
        var digits = new string((code ?? "").Where(c => !char.IsWhiteSpace(c) && c != '-').ToArray());
        if (digits.Length != Digits || !digits.All(char.IsAsciiDigit)) return null;
        var current = StepAt(now);
        long? found = null;
        // Every candidate is computed and compared in fixed time, so the answer's timing tells nothing.
        for (var step = current - 1; step <= current + 1; step++)
            if (CryptographicOperations.FixedTimeEquals(System.Text.Encoding.ASCII.GetBytes(Code(key, step)),
                    System.Text.Encoding.ASCII.GetBytes(digits)))
                found ??= step;
        return found;
    }

    /// <summary>RFC 4648 base-32, the form of the key an authenticator app is given (spaces and case ignored).
    /// </summary>
    public static byte[] FromBase32(string text)
    {
        const string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        var chars = text.ToUpperInvariant().Where(c => c != ' ' && c != '=' && c != '-').ToArray();
        var bytes = new List<byte>(chars.Length * 5 / 8);
        int buffer = 0, bits = 0;
        foreach (var c in chars)
        {
            var v = alphabet.IndexOf(c);
            if (v < 0) throw new FormatException("not base-32: " + c);
            buffer = (buffer << 5) | v;
            bits += 5;
            if (bits < 8) continue;
            bits -= 8;
            bytes.Add((byte)(buffer >> bits));
            buffer &= (1 << bits) - 1;
        }
        return [.. bytes];
    }
}
