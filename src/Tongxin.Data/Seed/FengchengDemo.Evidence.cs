using System.Security.Cryptography;

namespace Tongxin.Data.Seed;

/// <summary>
/// Demo evidence files (PLN-7, LIA-4): small files written under the uploads path like any upload, one row each in
/// <see cref="EvidenceFile"/> with the file's SHA-256.
/// </summary>
public static partial class FengchengDemo
{
    /// <summary>A 1×1 PNG: the demo's 现场照片.</summary>
    private static readonly byte[] DemoPhoto = Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");

    private static readonly byte[] DemoPdf = "%PDF-1.4\n% demo evidence\n%%EOF\n"u8.ToArray();

    private static async Task<EvidenceFile> WriteEvidenceAsync(string uploadsPath, string ownerType, Guid ownerId,
        bool photo, Guid nodeId, string nodePath, CancellationToken ct)
    {
        Directory.CreateDirectory(uploadsPath);
        var bytes = photo ? DemoPhoto : DemoPdf;
        var stored = Guid.NewGuid().ToString("N");
        await File.WriteAllBytesAsync(Path.Combine(uploadsPath, stored), bytes, ct);
        return new EvidenceFile
        {
            OwnerType = ownerType, OwnerId = ownerId,
            FileName = photo ? "现场照片（演示）.png" : "整改佐证材料（演示）.pdf",
            StoredName = stored, ContentType = photo ? "image/png" : "application/pdf", Size = bytes.Length,
            Sha256 = Convert.ToHexStringLower(SHA256.HashData(bytes)), NodeId = nodeId, NodePath = nodePath,
        };
    }
}
