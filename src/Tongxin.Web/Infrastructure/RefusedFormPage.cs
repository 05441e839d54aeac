using Microsoft.AspNetCore.Antiforgery;

namespace Tongxin.Web.Infrastructure;

/// <summary>
/// A page form the antiforgery check refused (the page was open too long, signed out meanwhile, or a body too large
/// to read, e.g. photos over the request limit) was answered with the framework's English developer text. Say in
/// the reader's language what happened and what to do: go back, reload, send again (with fewer photos).
/// </summary>
public sealed class RefusedFormPage(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext http, IProblemDetailsService problems)
    {
        if (!HttpMethods.IsPost(http.Request.Method) || http.Request.Path.StartsWithSegments("/api")
            || http.Features.Get<IAntiforgeryValidationFeature>() is not { IsValid: false } refused)
        {
            await next(http);
            return;
        }
        var tooLarge = refused.Error is BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge }
            || refused.Error?.InnerException is BadHttpRequestException { StatusCode: 413 };
        http.Response.StatusCode = tooLarge ? StatusCodes.Status413PayloadTooLarge : StatusCodes.Status400BadRequest;
        await problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = http,
            ProblemDetails = new Microsoft.AspNetCore.Mvc.ProblemDetails
            {
                Status = http.Response.StatusCode,
                Title = tooLarge ? Loc.T("提交的内容过大", "The form is too large")
                    : Loc.T("表单已失效", "The form has expired"),
                Detail = tooLarge
                    ? Loc.T("一次提交的照片和文件合计不能超过 30 MB。请返回，减少照片后重新提交。",
                        "Photos and files sent at once may not exceed 30 MB. Go back, remove some and send again.")
                    : Loc.T("页面打开时间过长或已重新登录。请返回并刷新页面后重新提交。",
                        "The page was open too long or you signed in again. Go back, reload the page and send again."),
            },
        });
    }
}
