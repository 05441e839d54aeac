using System.Diagnostics;
using Microsoft.Extensions.Options;

namespace Tongxin.Web.Infrastructure;

/// <summary>
/// Prints an HTML page to an A4 PDF with headless Chromium (ARCHITECTURE: "HTML printed by Chromium where a browser is
/// present"). One print at a time per instance; the page is written to a temporary file and deleted afterwards. When no
/// browser is installed the caller gets a clear 503 instead of a broken file.
/// </summary>
public sealed class PdfPrinter(IOptions<TongxinOptions> options, ILogger<PdfPrinter> log)
{
    private static readonly SemaphoreSlim Gate = new(1, 1);

    public async Task<byte[]> PrintAsync(string html, CancellationToken ct)
    {
        var chromium = options.Value.ChromiumPath;
        if (!File.Exists(chromium))
            throw new UnavailableException(Loc.T(
                $"服务器未安装 Chromium（{chromium}），暂时不能生成 PDF",
                $"Chromium is not installed on the server ({chromium}); PDFs cannot be made now"));
        var dir = Directory.CreateTempSubdirectory("tongxin-pdf-");
        try
        {
            var page = Path.Combine(dir.FullName, "page.html");
            var pdf = Path.Combine(dir.FullName, "page.pdf");
            await File.WriteAllTextAsync(page, html, ct);
            await Gate.WaitAsync(ct);
            try
            {
                var start = new ProcessStartInfo(chromium)
                {
                    RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false,
                    ArgumentList = { "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                        "--disable-extensions", "--no-first-run",
                        $"--user-data-dir={Path.Combine(dir.FullName, "profile")}", $"--print-to-pdf={pdf}",
                        new Uri(page).AbsoluteUri },
                };
                using var process = Process.Start(start)
                    ?? throw new UnavailableException(Loc.T("无法启动 Chromium",
                    "Cannot start Chromium"));
                using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
                timeout.CancelAfter(TimeSpan.FromSeconds(60));
                var stderr = process.StandardError.ReadToEndAsync(timeout.Token);
                _ = process.StandardOutput.ReadToEndAsync(timeout.Token);
                try { await process.WaitForExitAsync(timeout.Token); }
                catch (OperationCanceledException)
                {
                    process.Kill(true);
                    throw new UnavailableException(Loc.T("生成 PDF 超时", "Making the PDF timed out"));
                }
                if (!File.Exists(pdf))
                {
                    log.LogWarning("Chromium printed no PDF (exit {Code}): {Error}", process.ExitCode, await stderr);
                    throw new UnavailableException(Loc.T("生成 PDF 失败", "Making the PDF failed"));
                }
            }
            finally { Gate.Release(); }
            return await File.ReadAllBytesAsync(pdf, ct);
        }
        finally
        {
            try { dir.Delete(true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        }
    }
}
