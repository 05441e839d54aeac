using System.Security.Cryptography;
using System.Text;

namespace Tongxin.Domain.Audit;

/// <summary>SEC-14: each audit row carries HMAC(key, previous hash ‖ canonical row).</summary>
public static class AuditChain
{
    public const string Genesis = "GENESIS";

    public static string Hash(byte[] key, string previousHash, string canonicalRow)
    {
        var data = Encoding.UTF8.GetBytes(previousHash + "\n" + canonicalRow);
        return Convert.ToHexStringLower(HMACSHA256.HashData(key, data));
    }

    /// <summary>
    /// The MAC of the log's head (SEC-14): the last sequence number and its row hash, under a prefix no row hash can
    /// take, so a row's hash can never pass for a head and a cut-short log cannot be given a matching head.
    /// </summary>
    public static string HeadMac(byte[] key, long seq, string hash) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes($"audit-head\n{seq}\n{hash}")));

    public static string Canonical(long seq, DateTime timeUtc, string? userName, string? ip, string @event,
        string? objectType, string? objectId, string? nodePath, bool success, string? details) =>
        string.Join('\u001f', seq, timeUtc.ToString("O"), userName, ip, @event, objectType, objectId, nodePath,
            success ? "1" : "0", details);

    /// <summary>Returns the index of the first row whose hash does not follow from its predecessor, or -1.</summary>
    public static int FirstBroken(byte[] key, IEnumerable<(string Canonical, string PrevHash, string Hash)> rows)
    {
        var prev = Genesis;
        var i = 0;
        foreach (var (canonical, prevHash, hash) in rows)
        {
            if (prevHash != prev || !CryptographicOperations.FixedTimeEquals(
                    Encoding.ASCII.GetBytes(hash), Encoding.ASCII.GetBytes(Hash(key, prev, canonical))))
                return i;
            prev = hash;
            i++;
        }
        return -1;
    }
}
