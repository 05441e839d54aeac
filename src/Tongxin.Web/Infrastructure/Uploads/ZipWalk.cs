using System.Buffers.Binary;
using System.IO.Compression;

namespace Tongxin.Web.Infrastructure.Uploads;

/// <summary>
/// Inflates every entry of a zip from its own bytes and compares what comes out with what the directory declares.
/// .NET's <see cref="ZipArchive"/> stops reading an entry at its declared size, so a bomb with forged sizes looks
/// small to it while it still inflates without end in any other unzipper (Office, WPS, the user's desktop).
/// </summary>
internal static class ZipWalk
{
    /// <summary>The number of entries; throws <see cref="InvalidDataException"/> for a forged or broken zip and
    /// <see cref="TooLargeException"/> once the entries together inflate past <paramref name="maxUnpacked"/>.
    /// </summary>
    public static int Verify(ArraySegment<byte> zip, int maxEntries, long maxUnpacked)
    {
        var s = zip.AsSpan();
        var end = s.Length - 22;
        while (end >= 0 && end >= s.Length - 22 - 65535 && !s[end..].StartsWith("PK\u0005\u0006"u8)) end--;
        if (end < 0 || end < s.Length - 22 - 65535) throw new InvalidDataException("no end of central directory");
        var count = BinaryPrimitives.ReadUInt16LittleEndian(s[(end + 10)..]);
        var at = (long)BinaryPrimitives.ReadUInt32LittleEndian(s[(end + 16)..]);
        if (count == 0xFFFF || at == 0xFFFFFFFF) throw new InvalidDataException("zip64 is not expected here");
        if (count > maxEntries) return count;
        var budget = new Budget(maxUnpacked);
        for (var i = 0; i < count; i++)
        {
            if (at + 46 > s.Length || !s[(int)at..].StartsWith("PK\u0001\u0002"u8))
                throw new InvalidDataException("broken central directory");
            var c = s[(int)at..];
            var (flags, method) = (BinaryPrimitives.ReadUInt16LittleEndian(c[8..]),
                BinaryPrimitives.ReadUInt16LittleEndian(c[10..]));
            var packed = (long)BinaryPrimitives.ReadUInt32LittleEndian(c[20..]);
            var declared = (long)BinaryPrimitives.ReadUInt32LittleEndian(c[24..]);
            var (nameLength, extra, comment) = (BinaryPrimitives.ReadUInt16LittleEndian(c[28..]),
                BinaryPrimitives.ReadUInt16LittleEndian(c[30..]), BinaryPrimitives.ReadUInt16LittleEndian(c[32..]));
            var local = (long)BinaryPrimitives.ReadUInt32LittleEndian(c[42..]);
            if ((flags & 1) != 0) throw new InvalidDataException("encrypted entry");
            if (local + 30 > s.Length || !s[(int)local..].StartsWith("PK\u0003\u0004"u8))
                throw new InvalidDataException("broken local header");
            var data = local + 30 + BinaryPrimitives.ReadUInt16LittleEndian(s[(int)(local + 26)..])
                + BinaryPrimitives.ReadUInt16LittleEndian(s[(int)(local + 28)..]);
            if (data + packed > s.Length) throw new InvalidDataException("entry runs past the file");
            var actual = method switch
            {
                0 => Spend(budget, packed),
                8 => Inflate(new MemoryStream(zip.Array!, zip.Offset + (int)data, (int)packed, false), budget),
                _ => throw new InvalidDataException($"compression method {method}"),
            };
            if (actual != declared) throw new InvalidDataException("declared size differs from the data");
            at += 46 + nameLength + extra + comment;
        }
        return count;
    }

    private static long Spend(Budget budget, long n)
    {
        budget.Spend(n);
        return n;
    }

    private static long Inflate(Stream packed, Budget budget)
    {
        using var s = new CountingStream(new DeflateStream(packed, CompressionMode.Decompress), budget);
        var buffer = new byte[16 * 1024];
        long total = 0;
        int n;
        while ((n = s.Read(buffer)) > 0) total += n;
        return total;
    }
}
