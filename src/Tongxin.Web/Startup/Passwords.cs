using System.Security.Cryptography;
using System.Text;

namespace Tongxin.Web.Startup;

/// <summary>Generated passwords: random for the first admin, derived from a key file for demo users.</summary>
public static class Passwords
{
    private const string Alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";

    public static string Generate(int length = 16) =>
        RandomNumberGenerator.GetString(Alphabet, length - 3) + "#"
            + RandomNumberGenerator.GetString("23456789", 1) + "Q";

    /// <summary>Same user, same deployment → same password, so `tongxin demo-users` can print it again.</summary>
    public static string Demo(string keysPath, string userName)
    {
        var file = Path.Combine(keysPath, "demo.key");
        if (!File.Exists(file)) File.WriteAllText(file, Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)));
        var mac = HMACSHA256.HashData(Convert.FromBase64String(File.ReadAllText(file).Trim()),
            Encoding.UTF8.GetBytes(userName));
        var sb = new StringBuilder("Tx-");
        foreach (var b in mac.AsSpan(0, 10)) sb.Append(Alphabet[b % Alphabet.Length]);
        return sb.Append("#7q").ToString();
    }
}
