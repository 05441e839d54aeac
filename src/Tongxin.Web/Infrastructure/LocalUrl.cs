namespace Tongxin.Web.Infrastructure;

/// <summary>
/// Where to send a user back to after sign-in or a language switch: a path of this site, or home. Browsers read
/// "/\host" like "//host" (another site), so both are refused, as ASP.NET Core's own local-URL rule does.
/// </summary>
public static class LocalUrl
{
    public static string OrHome(string? url) => IsLocal(url) ? url! : "/";

    public static bool IsLocal(string? url) =>
        url is { Length: > 0 } && url[0] == '/' && (url.Length == 1 || (url[1] != '/' && url[1] != '\\'))
        && !url.Any(char.IsControl);
}
