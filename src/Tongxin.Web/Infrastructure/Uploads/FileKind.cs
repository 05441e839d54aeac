namespace Tongxin.Web.Infrastructure.Uploads;

/// <summary>A kind of file an upload may be: what it is called to users, its content type and its extensions.</summary>
public sealed record FileKind(string Name, string ContentType, params string[] Extensions)
{
    public static readonly FileKind Pdf = new("PDF", ContentTypes.Pdf, ".pdf");
    public static readonly FileKind Jpeg = new("JPG", "image/jpeg", ".jpg", ".jpeg");
    public static readonly FileKind Png = new("PNG", "image/png", ".png");
    public static readonly FileKind Docx = new("Word（.docx）", ContentTypes.Docx, ".docx");
    public static readonly FileKind Xlsx = new("Excel（.xlsx）", ContentTypes.Xlsx, ".xlsx");

    /// <summary>The main part's content type of an Office Open XML package of this kind, if it is one.</summary>
    public string? MainPart => this == Docx
        ? "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
        : this == Xlsx ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml" : null;

    public bool Matches(string fileName) =>
        Extensions.Contains(Path.GetExtension(fileName), StringComparer.OrdinalIgnoreCase);
}
