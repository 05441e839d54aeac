using System.Globalization;
using System.Net;
using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.Options;
using Tongxin.Web.Components.Layout;

namespace Tongxin.Web.Infrastructure;

/// <summary>
/// A refusal or error answered to a browser is a real HTML page (a title and a language, readable without any
/// stylesheet, a way back), not a ProblemDetails JSON or a bare "Status Code: 403": a person on a link outside their
/// scope sees a page they can read and a screen reader can name (issue 15, item 5). Both the exception handler and
/// the status-code pages write through <see cref="IProblemDetailsService"/>, so this one writer serves both; API
/// clients and anything that does not ask for HTML still get ProblemDetails.
/// </summary>
public sealed class HtmlProblemWriter(IOptions<ProblemDetailsOptions> options) : IProblemDetailsWriter
{
    public bool CanWrite(ProblemDetailsContext context) => WantsHtml(context.HttpContext.Request);

    /// <summary>A browser's navigation asks for text/html; API and OpenAPI paths never get HTML.</summary>
    public static bool WantsHtml(HttpRequest request) =>
        !request.Path.StartsWithSegments("/api") && !request.Path.StartsWithSegments("/openapi")
        && request.Headers.Accept.Any(a => a?.Contains("text/html", StringComparison.OrdinalIgnoreCase) == true);

    public async ValueTask WriteAsync(ProblemDetailsContext context)
    {
        var http = context.HttpContext;
        // Status-code pages and the exception handler run outside request localization: take the reader's culture.
        var culture = http.Features.Get<IRequestCultureFeature>()?.RequestCulture;
        (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = culture is null
            ? (CultureInfo.GetCultureInfo(Loc.Chinese), CultureInfo.GetCultureInfo(Loc.Chinese))
            : (culture.Culture, culture.UICulture);
        var problem = context.ProblemDetails;
        problem.Status ??= http.Response.StatusCode;
        options.Value.CustomizeProblemDetails?.Invoke(context);
        var status = problem.Status ?? http.Response.StatusCode;
        var title = problem.Title is { Length: > 0 } t ? t : ProblemTitles.For(status) ?? status.ToString(
            CultureInfo.InvariantCulture);
        var home = PhonePages.Owns(http.Request.Path) ? PhonePages.Root : "/";
        Func<string, string> e = WebUtility.HtmlEncode;
        var html = $$"""
            <!DOCTYPE html>
            <html lang="{{(Loc.IsEnglish ? "en" : "zh-CN")}}">
            <head>
            <meta charset="utf-8" />
            <meta name="viewport" content="width=device-width, initial-scale=1.0" />
            <title>{{e(title)}} · 同心</title>
            <style>
            body { margin: 0; font: 16px/1.6 -apple-system, "PingFang SC", "Microsoft YaHei", sans-serif;
                   color: #1f1f1f; background: #f5f5f5; }
            main { max-width: 560px; margin: 12vh auto 0; padding: 24px; background: #fff; border-radius: 8px; }
            .code { color: #595959; margin: 0; }
            h1 { font-size: 22px; margin: 4px 0 16px; }
            a { display: inline-flex; align-items: center; min-height: 44px; color: #0050b3; }
            </style>
            </head>
            <body>
            <main>
            <p class="code">{{status}}</p>
            <h1>{{e(title)}}</h1>
            {{(problem.Detail is { Length: > 0 } d && d != title ? $"<p>{e(d)}</p>" : "")}}
            <a href="{{home}}">{{e(Loc.T("返回首页", "Back to the home page"))}}</a>
            </main>
            </body>
            </html>
            """;
        http.Response.ContentType = "text/html; charset=utf-8";
        await http.Response.WriteAsync(html, http.RequestAborted);
    }
}
