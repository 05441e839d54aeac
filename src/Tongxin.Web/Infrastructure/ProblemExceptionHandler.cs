using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Tongxin.Data.Scope;

namespace Tongxin.Web.Infrastructure;

/// <summary>Every error becomes a ProblemDetails in Chinese; no stack trace ever leaves the server (SEC-22).</summary>
public sealed class ProblemExceptionHandler(IProblemDetailsService problems, ILogger<ProblemExceptionHandler> log) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext http, Exception ex, CancellationToken ct)
    {
        var (status, title, errors) = ex switch
        {
            InvalidInputException v => (400, "输入有误", v.Errors),
            BadHttpRequestException { InnerException: System.Text.Json.JsonException { Path: { Length: > 0 } path } } b =>
                (b.StatusCode, "请求格式不正确，请检查字段类型和必填项",
                    new Dictionary<string, string[]> { [path.TrimStart('$', '.')] = ["字段类型或格式不正确"] }),
            BadHttpRequestException b => (b.StatusCode, b.StatusCode == 413 ? "上传内容过大" : "请求格式不正确，请检查字段类型和必填项", null),
            NotFoundException or OutOfScopeException => (404, "记录不存在或不在您的数据范围内", null),
            DbUpdateConcurrencyException => (409, "该记录已被他人修改，请刷新后重试", null),
            ConflictException c => (409, c.Message, null),
            UnavailableException u => (503, u.Message, null),
            DbUpdateException => (409, "保存失败：数据与已有记录冲突", null),
            _ => (500, "服务器内部错误，请稍后再试", (IReadOnlyDictionary<string, string[]>?)null),
        };
        if (status == 500) log.LogError(ex, "Unhandled error on {Path}", http.Request.Path.Value?.ReplaceLineEndings(" "));
        http.Response.StatusCode = status;
        var details = errors is null
            ? new ProblemDetails { Status = status, Title = title }
            : new ValidationProblemDetails(errors.ToDictionary(e => e.Key, e => e.Value)) { Status = status, Title = title };
        if (status == 409 && ex is ConflictException or DbUpdateConcurrencyException) details.Detail = title;
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = http, ProblemDetails = details, Exception = ex });
    }
}
