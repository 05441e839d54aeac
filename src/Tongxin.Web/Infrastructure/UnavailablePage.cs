using System.Net;

namespace Tongxin.Web.Infrastructure;

/// <summary>
/// FLT-2: a page request that meets an unavailable service (503) gets a short HTML page with the reason in the
/// reader's language; the API and clients that do not ask for HTML keep problem+json.
/// </summary>
public sealed class UnavailablePage : IProblemDetailsWriter
{
    public bool CanWrite(ProblemDetailsContext context)
    {
        var http = context.HttpContext;
        return http.Response.StatusCode == StatusCodes.Status503ServiceUnavailable
            && !http.Request.Path.StartsWithSegments("/api")
            && http.Request.Headers.Accept.Any(a => a?.Contains("text/html", StringComparison.Ordinal) == true);
    }

    public async ValueTask WriteAsync(ProblemDetailsContext context)
    {
        var http = context.HttpContext;
        var title = WebUtility.HtmlEncode(
            context.ProblemDetails.Title ?? Loc.T("服务暂时不可用", "Service unavailable"));
        http.Response.ContentType = "text/html; charset=utf-8";
        http.Response.Headers.RetryAfter = "5";
        await http.Response.WriteAsync($"""
            <!DOCTYPE html>
            <html lang="{(Loc.IsEnglish ? "en" : "zh-CN")}"><head><meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1.0">
            <title>{Loc.T("服务暂时不可用", "Service unavailable")} · 同心</title></head>
            <body style="font-family: sans-serif; max-width: 36em; margin: 4em auto; padding: 0 1em">
            <h1>{title}</h1>
            <p>{Loc.T("请稍后刷新本页。", "Please reload this page in a moment.")}</p>
            </body></html>
            """);
    }
}
