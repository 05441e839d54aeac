using System.Globalization;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.WebUtilities;

namespace Tongxin.Web.Infrastructure;

/// <summary>
/// SYS-1: a problem written without a title of our own (status-code pages after the authorization middleware's
/// 401/403, a 405, the rate limiter's 429) would carry ASP.NET's English default ("Forbidden"). Those answers speak
/// the request's language too, Chinese unless the client asked otherwise.
/// </summary>
public static class ProblemTitles
{
    public static void Configure(ProblemDetailsOptions o) => o.CustomizeProblemDetails = ctx =>
    {
        var problem = ctx.ProblemDetails;
        if (problem.Status is not { } status || !IsDefault(problem.Title, status)) return;
        // Status-code pages run outside request localization, whose culture does not flow back out to them.
        if (ctx.HttpContext.Features.Get<IRequestCultureFeature>()?.RequestCulture is { } culture)
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (culture.Culture, culture.UICulture);
        else
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) =
                (CultureInfo.GetCultureInfo(Loc.Chinese), CultureInfo.GetCultureInfo(Loc.Chinese));
        if (For(status) is { } title) problem.Title = title;
    };

    /// <summary>The title for a status when nothing more specific was said; null for statuses we do not name.</summary>
    public static string? For(int status) => status switch
    {
        400 => Loc.T("请求有误", "Bad request"),
        401 => Loc.T("请先登录", "Sign in first"),
        403 => Loc.T("您没有此操作的权限", "You do not have permission for this"),
        404 => Loc.T("请求的内容不存在", "Not found"),
        405 => Loc.T("不支持此请求方法", "Method not allowed"),
        409 => Loc.T("数据冲突", "Conflict"),
        413 => Loc.T("上传内容过大", "Upload too large"),
        415 => Loc.T("不支持的内容类型", "Unsupported media type"),
        429 => Loc.T("请求过于频繁，请稍后再试", "Too many requests; try again later"),
        500 => Loc.T("服务器内部错误，请稍后再试", "Internal server error; try again later"),
        503 => Loc.T("服务暂不可用，请稍后再试", "Service unavailable; try again later"),
        _ => null,
    };

    // ASP.NET fills an empty title from the reason phrase ("Forbidden", "Not Found"); only those are replaced.
    private static bool IsDefault(string? title, int status) =>
        string.IsNullOrEmpty(title) || title == ReasonPhrases.GetReasonPhrase(status)
        || title == "An error occurred while processing your request.";
}
