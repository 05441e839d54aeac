using System.Buffers.Binary;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Tongxin.Web.Tests.Pwa;

/// <summary>SYS-2: the app is installable (manifest, icons, worker); its static files answer without sign-in.</summary>
public abstract partial class PwaTests(TestApp app)
{
    [Fact]
    [Trait("Req", "SYS-2")]
    public async Task The_manifest_names_the_app_and_its_icons_are_pngs_of_the_stated_sizes()
    {
        app.Require();
        var client = app.Anonymous();
        var answer = await client.GetAsync("/manifest.webmanifest");
        answer.StatusCode.ShouldBe(HttpStatusCode.OK);
        answer.Content.Headers.ContentType!.MediaType.ShouldBe("application/manifest+json");
        using var doc = JsonDocument.Parse(await answer.Content.ReadAsStringAsync());
        var m = doc.RootElement;
        m.GetProperty("name").GetString().ShouldBe("同心·数字统战");
        m.GetProperty("short_name").GetString().ShouldBe("同心");
        m.GetProperty("start_url").GetString().ShouldBe("/m");
        m.GetProperty("scope").GetString().ShouldBe("/");
        m.GetProperty("display").GetString().ShouldBe("standalone");
        m.GetProperty("theme_color").GetString().ShouldBe("#b71c1c");
        m.GetProperty("background_color").GetString().ShouldNotBeNullOrEmpty();
        var icons = m.GetProperty("icons").EnumerateArray().ToList();
        var sizes = new List<string>();
        foreach (var icon in icons)
        {
            var png = await client.GetAsync(icon.GetProperty("src").GetString());
            png.StatusCode.ShouldBe(HttpStatusCode.OK);
            png.Content.Headers.ContentType!.MediaType.ShouldBe("image/png");
            var bytes = await png.Content.ReadAsByteArrayAsync();
            bytes.AsSpan(1, 3).ToArray().ShouldBe("PNG"u8.ToArray());
            // IHDR: width and height, big-endian, right after the signature and the chunk header.
            var (w, h) = (BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(16)),
                BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(20)));
            icon.GetProperty("sizes").GetString().ShouldBe($"{w}x{h}");
            sizes.Add($"{w}x{h}");
        }
        sizes.ShouldContain("192x192");
        sizes.ShouldContain("512x512");
        icons.Select(i => i.TryGetProperty("purpose", out var p) ? p.GetString() : null).ShouldContain("maskable");
    }

    [Fact]
    [Trait("Req", "SYS-2")]
    public async Task The_worker_and_the_offline_page_answer_anonymously_and_the_worker_precaches_no_api()
    {
        app.Require();
        var client = app.Anonymous();
        var sw = await client.GetAsync("/sw.js");
        sw.StatusCode.ShouldBe(HttpStatusCode.OK);
        sw.Content.Headers.ContentType!.MediaType.ShouldBe("text/javascript");
        // A cached worker would keep an old (possibly wrong) caching rule alive: it is never stored.
        sw.Headers.CacheControl!.NoStore.ShouldBeTrue();
        var script = await sw.Content.ReadAsStringAsync();
        var precache = PrecacheList().Match(script);
        precache.Success.ShouldBeTrue();
        var entries = Regex.Matches(precache.Groups[1].Value, "'([^']+)'").Select(x => x.Groups[1].Value).ToList();
        entries.ShouldContain("/offline.html");
        entries.ShouldAllBe(e => !e.Contains("/api") && !e.Contains("/people") && e != "/m" && !e.StartsWith("/m/"));
        foreach (var e in entries)
            (await client.GetAsync(e)).StatusCode.ShouldBe(HttpStatusCode.OK, e);

        var offline = await client.GetAsync("/offline.html");
        offline.StatusCode.ShouldBe(HttpStatusCode.OK);
        offline.Content.Headers.ContentType!.MediaType.ShouldBe("text/html");
        (await offline.Content.ReadAsStringAsync()).ShouldContain("暂时无法连接");
        (await client.GetAsync("/js/sw-register.js")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    [Trait("Req", "SYS-2")]
    public async Task Pages_link_the_manifest_and_the_policy_allows_it_and_the_worker()
    {
        app.Require();
        var login = await app.Anonymous().GetAsync("/account/login");
        var html = await login.Content.ReadAsStringAsync();
        html.ShouldContain("rel=\"manifest\" href=\"manifest.webmanifest\"");
        html.ShouldContain("name=\"theme-color\" content=\"#b71c1c\"");
        html.ShouldContain("js/sw-register.js");
        var csp = login.Headers.GetValues("Content-Security-Policy").Single();
        csp.ShouldContain("manifest-src 'self'");
        csp.ShouldContain("worker-src 'self'");
    }

    [GeneratedRegex(@"const PRECACHE = \[(.*?)\];", RegexOptions.Singleline)]
    private static partial Regex PrecacheList();
}

public sealed class PwaTestsSqlite(SqliteApp app) : PwaTests(app);
public sealed class PwaTestsPostgres(PostgresApp app) : PwaTests(app);
