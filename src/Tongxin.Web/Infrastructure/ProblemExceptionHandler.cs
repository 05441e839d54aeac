using System.Globalization;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
using Tongxin.Data.Scope;

namespace Tongxin.Web.Infrastructure;

/// <summary>
/// Every error becomes a ProblemDetails in the reader's language; no stack trace ever leaves the server (SEC-22).
/// </summary>
public sealed class ProblemExceptionHandler(IProblemDetailsService problems,
    ILogger<ProblemExceptionHandler> log) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext http, Exception ex, CancellationToken ct)
    {
        // The exception handler sits outside request localization, whose culture does not flow back out to here.
        if (http.Features.Get<IRequestCultureFeature>()?.RequestCulture is { } culture)
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (culture.Culture, culture.UICulture);
        var (status, title, errors) = ex switch
        {
            InvalidInputException v => (400, Loc.T("输入有误", "Invalid input"), v.Errors),
            BadHttpRequestException
            { InnerException: System.Text.Json.JsonException { Path: { Length: > 0 } path } } b =>
                (b.StatusCode, Loc.T("请求格式不正确，请检查字段类型和必填项",
                    "Malformed request; check field types and required fields"),
                    new Dictionary<string, string[]>
                    {
                        [path.TrimStart('$', '.')] =
                            [Loc.T("字段类型或格式不正确", "Wrong field type or format")],
                    }),
            BadHttpRequestException b =>
                (b.StatusCode, b.StatusCode == 413 ? Loc.T("上传内容过大", "Upload too large")
                : Loc.T("请求格式不正确，请检查字段类型和必填项",
                    "Malformed request; check field types and required fields"), null),
            NotFoundException or OutOfScopeException => (404, Loc.T("记录不存在或不在您的数据范围内",
                "Record does not exist or is outside your data scope"), null),
            ForbiddenException f => (403, f.Message, null),
            _ when DatabaseErrors.Unavailable(ex) is { } down => (503, down, null),
            DbUpdateConcurrencyException => (409, Loc.T("该记录已被他人修改，请刷新后重试",
                "Someone else changed this record; refresh and try again"), null),
            ConflictException c => (409, c.Message, null),
            UnavailableException u => (503, u.Message, null),
            DbUpdateException => (409, Loc.T("保存失败：数据与已有记录冲突",
                "Save failed: the data conflicts with an existing record"), null),
            _ => (500, Loc.T("服务器内部错误，请稍后再试", "Internal server error; try again later"),
                (IReadOnlyDictionary<string, string[]>?)null),
        };
        if (status == 503)
            log.LogWarning("Unavailable on {Path}: {Reason}", http.Request.Path.Value?.ReplaceLineEndings(" "),
                ex.Message.ReplaceLineEndings(" "));
        if (status == 500)
            log.LogError(ex, "Unhandled error on {Path}", http.Request.Path.Value?.ReplaceLineEndings(" "));
        http.Response.StatusCode = status;
        var details = errors is null
            ? new ProblemDetails { Status = status, Title = title }
            : new ValidationProblemDetails(errors.ToDictionary(e => e.Key, e => e.Value))
            {
                Status = status, Title = title,
            };
        if (status == 409 && ex is ConflictException or DbUpdateConcurrencyException) details.Detail = title;
        return await problems.TryWriteAsync(
            new ProblemDetailsContext { HttpContext = http, ProblemDetails = details, Exception = ex });
    }
}
