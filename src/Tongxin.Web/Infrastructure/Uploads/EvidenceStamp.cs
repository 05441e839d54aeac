using SkiaSharp;

namespace Tongxin.Web.Infrastructure.Uploads;

/// <summary>
/// OBL-6: the phone's own time and place are not trusted (EXIF is stripped on the way), so the server draws its time,
/// the node and the recorder onto a COPY of a photo; the original is kept unchanged and its hash goes to the audit.
/// </summary>
public static class EvidenceStamp
{
    // Debian's fonts-noto-cjk, then fonts-wqy-zenhei; without either the Latin default draws (Chinese as boxes).
    private static readonly string[] Fonts =
    [
        "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc", "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
    ];

    private static readonly Lazy<SKTypeface> Face = new(() =>
        Fonts.Where(File.Exists).Select(f => SKTypeface.FromFile(f, 2) ?? SKTypeface.FromFile(f))
            .FirstOrDefault(t => t is not null) ?? SKTypeface.Default);

    public static string Sha256(ReadOnlySpan<byte> file) =>
        Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(file));

    /// <summary>The stamped copy as JPEG; null when the image does not decode.</summary>
    public static byte[]? Draw(byte[] image, IReadOnlyList<string> lines)
    {
        using var bitmap = SKBitmap.Decode(image);
        if (bitmap is null) return null;
        using var canvas = new SKCanvas(bitmap);
        var size = Math.Max(14f, Math.Min(bitmap.Width, bitmap.Height) / 28f);
        using var font = new SKFont(Face.Value, size);
        var lineHeight = size * 1.35f;
        var band = lineHeight * lines.Count + size * 0.8f;
        using (var shade = new SKPaint { Color = new SKColor(0, 0, 0, 150) })
            canvas.DrawRect(0, bitmap.Height - band, bitmap.Width, band, shade);
        using var ink = new SKPaint { Color = SKColors.White, IsAntialias = true };
        var top = bitmap.Height - band + size * 0.1f;
        for (var i = 0; i < lines.Count; i++)
            canvas.DrawText(lines[i], size * 0.6f, top + lineHeight * (i + 1), SKTextAlign.Left, font, ink);
        canvas.Flush();
        using var data = bitmap.Encode(SKEncodedImageFormat.Jpeg, 85);
        return data?.ToArray();
    }
}
