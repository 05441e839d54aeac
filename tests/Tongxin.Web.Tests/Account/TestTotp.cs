using System.Security.Cryptography;
using System.Web;

namespace Tongxin.Web.Tests.Account;

/// <summary>RFC 6238 written out again for the tests, so they do not check the app's codes with the app's code.
/// </summary>
public static class TestTotp
{
    public static string Code(string base32Key, DateTimeOffset at)
    {
        var counter = BitConverter.GetBytes(at.ToUnixTimeSeconds() / 30);
        if (BitConverter.IsLittleEndian) Array.Reverse(counter);
        var hash = HMACSHA1.HashData(FromBase32(base32Key), counter);
        var o = hash[^1] & 0xF;
        var n = ((hash[o] & 0x7F) << 24) | (hash[o + 1] << 16) | (hash[o + 2] << 8) | hash[o + 3];
        return (n % 1_000_000).ToString("D6");
    }

    /// <summary>The key of an otpauth:// URI (its <c>secret</c>).</summary>
    public static string SecretOf(string otpAuthUri) =>
        HttpUtility.ParseQueryString(new Uri(otpAuthUri).Query)["secret"]!;

    private static byte[] FromBase32(string s)
    {
        var bits = string.Concat(s.ToUpperInvariant().Where(c => c is not (' ' or '='))
            .Select(c => Convert.ToString("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567".IndexOf(c), 2).PadLeft(5, '0')));
        return Enumerable.Range(0, bits.Length / 8).Select(i => Convert.ToByte(bits.Substring(i * 8, 8), 2)).ToArray();
    }
}
