using UglyToad.PdfPig;

namespace Tongxin.Web.Infrastructure.Uploads;

/// <summary>
/// A PDF must parse to a document with pages; "%PDF" in front of HTML or a program does not. Page contents are not
/// decoded here (their streams may inflate far beyond the file).
/// </summary>
internal static class PdfCheck
{
    public static string? Check(ReadOnlyMemory<byte> file)
    {
        try
        {
            using var pdf = PdfDocument.Open(file.ToArray());
            if (pdf.NumberOfPages > 0) return null;
        }
#pragma warning disable CA1031 // PdfPig throws many exception types for a malformed file; each means "not a PDF"
        catch (Exception)
#pragma warning restore CA1031
        {
        }
        return Loc.T("文件不是有效的 PDF，或已损坏，无法打开", "The file is not a valid PDF or is damaged");
    }
}
