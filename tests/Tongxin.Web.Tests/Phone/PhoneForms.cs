using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using SkiaSharp;

namespace Tongxin.Web.Tests.Phone;

/// <summary>Drives the /m forms as a browser without JavaScript would: GET the form, post it back multipart.</summary>
public static partial class PhoneForms
{
    public const string Village1 = "/37/3704/370404/370404001/370404001001/";

    public sealed record Form(string Html, string Token, string Key);

    public static async Task<Form> Open(this HttpClient c, string url)
    {
        var html = await c.GetStringAsync(url);
        return new Form(html, WebUtility.HtmlDecode(Token().Match(html).Groups[1].Value),
            Key().Match(html).Groups[1].Value);
    }

    public static async Task<HttpResponseMessage> Post(this HttpClient c, string url, string formName, Form form,
        IEnumerable<(string Name, string Value)> fields, params (string Name, byte[] Bytes)[] photos)
    {
        var body = new MultipartFormDataContent
        {
            { new StringContent(formName), "_handler" },
            { new StringContent(form.Token), "__RequestVerificationToken" },
            { new StringContent(form.Key), "Input.Key" },
        };
        foreach (var (name, value) in fields) body.Add(new StringContent(value), name);
        foreach (var (name, bytes) in photos)
        {
            var file = new ByteArrayContent(bytes);
            file.Headers.ContentType = new MediaTypeHeaderValue("image/jpeg");
            body.Add(file, "Photos", name);
        }
        return await c.PostAsync(url, body);
    }

    public static async Task<HttpClient> Browser(this TestApp app, string user)
    {
        var c = app.CookieClient();
        ((int)(await c.SignInForm(user, app.DemoPassword(user))).StatusCode).ShouldBeInRange(300, 399);
        return c;
    }

    /// <summary>A camera-sized JPEG (what a phone would send, EXIF already stripped).</summary>
    public static byte[] Photo()
    {
        using var bitmap = new SKBitmap(640, 480);
        using (var canvas = new SKCanvas(bitmap)) canvas.Clear(new SKColor(40, 120, 200));
        using var data = bitmap.Encode(SKEncodedImageFormat.Jpeg, 90);
        return data.ToArray();
    }

    public static string Decoded(string html) => WebUtility.HtmlDecode(html);

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex Token();

    [GeneratedRegex("name=\"Input.Key\" value=\"([0-9a-f-]{36})\"")]
    private static partial Regex Key();
}
