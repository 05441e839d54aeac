namespace Tongxin.Web.Infrastructure.Uploads;

/// <summary>
/// SEC-21, the one check every upload goes through (activity attachments, the people import): the kind comes from
/// the content, and the content must be a whole file of that kind — a PDF that parses, an image that decodes, an
/// Office package without macros or programs — not just its first bytes. A name that claims another kind is
/// refused. Zip bombs stop at <c>maxUnpacked</c> inflated bytes, whatever sizes they declare.
/// </summary>
public static class UploadCheck
{
    public sealed record Verdict(FileKind? Kind, string? Error);

    /// <summary>Reads an upload into memory, at most <paramref name="maxBytes"/>; null when there is more.</summary>
    public static async Task<byte[]?> ReadAsync(Stream content, long maxBytes, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int n;
        while ((n = await content.ReadAsync(chunk, ct)) > 0)
        {
            if (buffer.Length + n > maxBytes) return null;
            buffer.Write(chunk, 0, n);
        }
        return buffer.ToArray();
    }

    public static Verdict Inspect(ReadOnlyMemory<byte> file, string? fileName, IReadOnlyList<FileKind> allowed,
        long maxUnpacked)
    {
        if (file.Length == 0) return Refuse(Loc.T("文件为空", "The file is empty"));
        var head = file.Span;
        var kind = head.StartsWith("%PDF-"u8) ? FileKind.Pdf
            : ImageCheck.IsJpeg(head) ? FileKind.Jpeg
            : ImageCheck.IsPng(head) ? FileKind.Png
            : head is [(byte)'P', (byte)'K', 3, 4, ..] ? OfficeKind(fileName, allowed)
            : null;
        if (kind is null || !allowed.Contains(kind))
            return Refuse(Loc.T($"仅支持 {string.Join("、", allowed.Select(k => k.Name))}文件",
                $"Only {string.Join(", ", allowed.Select(k => k.Name))} files are accepted"));
        if (fileName is { Length: > 0 } && !kind.Matches(fileName))
            return Refuse(Loc.T($"文件名与内容不符：内容是 {kind.Name}，文件名却是“{Path.GetFileName(fileName)}”",
                $"The name does not match the content: it is {kind.Name} but named \"{Path.GetFileName(fileName)}\""));
        try
        {
            var error = kind == FileKind.Pdf ? PdfCheck.Check(file)
                : kind == FileKind.Jpeg ? ImageCheck.JpegDecodes(head) ? null : Broken(kind)
                : kind == FileKind.Png ? ImageCheck.PngDecodes(file, maxUnpacked) ? null : Broken(kind)
                : OfficePackage.Check(Segment(file), kind, maxUnpacked);
            return error is null ? new Verdict(kind, null) : Refuse(error);
        }
        catch (TooLargeException)
        {
            return Refuse(Loc.T("文件解压后过大，已拒绝", "The file is too large when unpacked and was refused"));
        }
        catch (Exception e) when (e is InvalidDataException or NotSupportedException or System.Xml.XmlException
            or EndOfStreamException or IOException)
        {
            return Refuse(Loc.T("文件已损坏，无法打开", "The file is damaged and cannot be opened"));
        }
    }

    /// <summary>A zip is checked as the Office kind its name says, or as the only one allowed.</summary>
    private static FileKind? OfficeKind(string? fileName, IReadOnlyList<FileKind> allowed)
    {
        var office = allowed.Where(k => k.MainPart is not null).ToList();
        return fileName is { Length: > 0 } ? office.FirstOrDefault(k => k.Matches(fileName)) ?? office.FirstOrDefault()
            : office.Count == 1 ? office[0] : null;
    }

    private static string Broken(FileKind kind) => Loc.T($"{kind.Name} 图片已损坏或不完整，无法打开",
        $"The {kind.Name} image is damaged or incomplete and cannot be opened");

    private static ArraySegment<byte> Segment(ReadOnlyMemory<byte> file) =>
        System.Runtime.InteropServices.MemoryMarshal.TryGetArray(file, out var segment) ? segment
            : new ArraySegment<byte>(file.ToArray());

    private static Verdict Refuse(string error) => new(null, error);
}
