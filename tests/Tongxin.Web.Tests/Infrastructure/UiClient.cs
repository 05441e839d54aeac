using System.Text.RegularExpressions;

namespace Tongxin.Web.Tests.Infrastructure;

/// <summary>Drives the server-rendered sign-in forms like a browser: cookies, antiforgery token, form posts.</summary>
public static partial class UiClient
{
    public static HttpClient CookieClient(this TestApp app) =>
        app.CreateDefaultClient(new CookieContainerHandler()) is var c ? c : throw new InvalidOperationException();

    public static async Task<string> AntiforgeryToken(this HttpClient client, string url)
    {
        var html = await client.GetStringAsync(url);
        return TokenPattern().Match(html) is { Success: true } m
            ? WebUtility.HtmlDecode(m.Groups[1].Value)
            : throw new InvalidOperationException("no antiforgery token on " + url);
    }

    public static async Task<HttpResponseMessage> PostForm(this HttpClient client, string url, string formName,
        Dictionary<string, string> fields, bool withToken = true)
    {
        var data = new Dictionary<string, string>(fields) { ["_handler"] = formName };
        if (withToken) data["__RequestVerificationToken"] = await client.AntiforgeryToken(url);
        return await client.PostAsync(url, new FormUrlEncodedContent(data));
    }

    public static Task<HttpResponseMessage> SignInForm(this HttpClient client, string user, string password) =>
        client.PostForm("/account/login", "login", new() { ["Input.UserName"] = user, ["Input.Password"] = password });

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}

/// <summary>Keeps cookies and does not follow redirects, so tests can look at each answer.</summary>
public sealed class CookieContainerHandler : DelegatingHandler
{
    public CookieContainer Cookies { get; } = new();

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken ct)
    {
        var uri = request.RequestUri!;
        var header = Cookies.GetCookieHeader(uri);
        if (header.Length > 0) request.Headers.Add("Cookie", header);
        var response = await base.SendAsync(request, ct);
        if (response.Headers.TryGetValues("Set-Cookie", out var set))
            foreach (var c in set) Cookies.SetCookies(uri, c);
        return response;
    }
}
