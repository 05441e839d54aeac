using System.Buffers.Binary;
using System.IO.Compression;

namespace Tongxin.Web.Infrastructure.Uploads;

/// <summary>
/// Whether a PNG or JPEG is a whole image, not a header in front of something else: the PNG's chunks with their
/// checksums and its pixel data inflated row by row (one row in memory, within the unpacked budget); the JPEG's
/// segments, frame, scan and end marker.
/// </summary>
internal static class ImageCheck
{
    public const long MaxPixels = 100_000_000;

    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    public static bool IsPng(ReadOnlySpan<byte> head) => head.StartsWith(PngSignature);

    public static bool IsJpeg(ReadOnlySpan<byte> head) => head is [0xFF, 0xD8, 0xFF, ..];

    public static bool PngDecodes(ReadOnlyMemory<byte> file, long maxUnpacked)
    {
        var s = file.Span;
        var (pos, width, height, bits, channels, interlaced) = (8, 0L, 0L, 0, 0, false);
        using var pixels = new MemoryStream();
        var ended = false;
        while (!ended)
        {
            if (pos + 12 > s.Length) return false;
            var length = BinaryPrimitives.ReadUInt32BigEndian(s[pos..]);
            if (length > int.MaxValue || pos + 12 + length > s.Length) return false;
            var typeAndData = s.Slice(pos + 4, 4 + (int)length);
            if (Crc32(typeAndData) != BinaryPrimitives.ReadUInt32BigEndian(s[(pos + 8 + (int)length)..])) return false;
            var type = typeAndData[..4];
            var data = typeAndData[4..];
            var first = pos == 8;
            if (first != type.SequenceEqual("IHDR"u8)) return false;
            if (first)
            {
                if (data.Length != 13) return false;
                width = BinaryPrimitives.ReadUInt32BigEndian(data);
                height = BinaryPrimitives.ReadUInt32BigEndian(data[4..]);
                channels = data[9] switch { 0 => 1, 2 => 3, 3 => 1, 4 => 2, 6 => 4, _ => 0 };
                (bits, interlaced) = (data[8], data[12] == 1);
                if (width == 0 || height == 0 || width * height > MaxPixels || channels == 0
                    || bits is not (1 or 2 or 4 or 8 or 16) || data[10] != 0 || data[11] != 0 || data[12] > 1)
                    return false;
            }
            else if (type.SequenceEqual("IDAT"u8)) pixels.Write(data);
            else if (type.SequenceEqual("IEND"u8)) ended = true;
            pos += 12 + (int)length;
        }
        return pixels.Length > 0 && RowsInflate(pixels, width, height, bits * channels, interlaced, maxUnpacked);
    }

    /// <summary>Each row (of each Adam7 pass) is a filter byte of 0..4 and the row's bytes; nothing is missing.
    /// </summary>
    private static bool RowsInflate(MemoryStream idat, long width, long height, int bitsPerPixel, bool interlaced,
        long maxUnpacked)
    {
        (int X, int Y, int Dx, int Dy)[] passes = interlaced
            ? [(0, 0, 8, 8), (4, 0, 8, 8), (0, 4, 4, 8), (2, 0, 4, 4), (0, 2, 2, 4), (1, 0, 2, 2), (0, 1, 1, 2)]
            : [(0, 0, 1, 1)];
        idat.Position = 0;
        try
        {
            using var z = new CountingStream(new ZLibStream(idat, CompressionMode.Decompress), new Budget(maxUnpacked));
            foreach (var (x, y, dx, dy) in passes)
            {
                var (w, h) = ((width - x + dx - 1) / dx, (height - y + dy - 1) / dy);
                if (w <= 0 || h <= 0) continue;
                var row = new byte[1 + (w * bitsPerPixel + 7) / 8];
                for (var r = 0; r < h; r++)
                {
                    z.ReadExactly(row);
                    if (row[0] > 4) return false;
                }
            }
            return true;
        }
        catch (Exception e) when (e is EndOfStreamException or InvalidDataException or TooLargeException)
        {
            return false;
        }
    }

    public static bool JpegDecodes(ReadOnlySpan<byte> s)
    {
        var (pos, frame, scan) = (2, false, false);
        while (true)
        {
            if (pos + 1 >= s.Length || s[pos] != 0xFF) return false;
            while (pos < s.Length && s[pos] == 0xFF) pos++; // fill bytes
            if (pos >= s.Length) return false;
            var marker = s[pos++];
            if (marker == 0xD9) return frame && scan; // EOI: what follows (camera trailers) is not read
            if (marker is 0x01 or (>= 0xD0 and <= 0xD7)) continue;
            if (marker is 0xD8 || pos + 2 > s.Length) return false;
            var length = BinaryPrimitives.ReadUInt16BigEndian(s[pos..]);
            if (length < 2 || pos + length > s.Length) return false;
            var segment = s.Slice(pos + 2, length - 2);
            if (marker is >= 0xC0 and <= 0xCF and not (0xC4 or 0xC8 or 0xCC))
            {
                if (segment.Length < 6 || BinaryPrimitives.ReadUInt16BigEndian(segment[1..]) == 0
                    || BinaryPrimitives.ReadUInt16BigEndian(segment[3..]) == 0 || segment[5] is 0 or > 4)
                    return false;
                frame = true;
            }
            pos += length;
            if (marker != 0xDA) continue;
            if (!frame) return false;
            scan = true;
            // Entropy-coded data runs to the next marker that is neither a stuffed 0xFF00 nor a restart marker.
            while (pos + 1 < s.Length && !(s[pos] == 0xFF && s[pos + 1] is not (0x00 or (>= 0xD0 and <= 0xD7))))
                pos++;
        }
    }

    private static readonly uint[] CrcTable = Enumerable.Range(0, 256).Select(n =>
    {
        var c = (uint)n;
        for (var k = 0; k < 8; k++) c = (c & 1) != 0 ? 0xEDB88320 ^ (c >> 1) : c >> 1;
        return c;
    }).ToArray();

    private static uint Crc32(ReadOnlySpan<byte> data)
    {
        var c = 0xFFFFFFFFu;
        foreach (var b in data) c = CrcTable[(c ^ b) & 0xFF] ^ (c >> 8);
        return c ^ 0xFFFFFFFFu;
    }
}
