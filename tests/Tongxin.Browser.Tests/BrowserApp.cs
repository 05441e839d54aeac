using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Tongxin.Web.Startup;

[assembly: AssemblyFixture(typeof(Tongxin.Browser.Tests.BrowserApp))]

namespace Tongxin.Browser.Tests;

/// <summary>The real app on a real port (Kestrel) with a fresh SQLite demo, and Debian's Chromium driven by
/// Playwright.</summary>
public sealed class BrowserApp : WebApplicationFactory<Program>, IAsyncLifetime
{
    public const string Chromium = "/usr/bin/chromium";
    public const string AdminPassword = "Initial-Setup-Key#2026";
    public string DataPath { get; } = Directory.CreateTempSubdirectory("tongxin-browser").FullName;
    public string BaseUrl { get; private set; } = "";
    public IBrowser? Browser { get; private set; }
    private IPlaywright? _playwright;

    public static string Screens =>
        Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "../../../../../TestResults/screens"));

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Tongxin:DataPath", DataPath);
        builder.UseSetting("Tongxin:Demo", "true");
        builder.UseSetting("Tongxin:AdminPassword", AdminPassword);
        builder.UseSetting("Tongxin:SignInPermitsPerMinute", "100000");
        builder.UseSetting("Tongxin:Security:RequireTwoFactor", "false");
    }

    public async ValueTask InitializeAsync()
    {
        if (!File.Exists(Chromium)) return;
        var port = FreePort();
        UseKestrel(port);
        StartServer();
        BaseUrl = $"http://127.0.0.1:{port}";
        Directory.CreateDirectory(Screens);
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = Chromium, Headless = true,
            Args = ["--lang=zh-CN", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
    }

    public IBrowser Require()
    {
        if (Browser is not null) return Browser;
        if (Environment.GetEnvironmentVariable("TONGXIN_REQUIRE_ALL") == "1")
            Assert.Fail($"{Chromium} is required (TONGXIN_REQUIRE_ALL=1)");
        Assert.Skip($"{Chromium} not installed");
        return null!;
    }

    public string DemoPassword(string user) => Passwords.Demo(Path.Combine(DataPath, "keys"), user);

    private static int FreePort()
    {
        using var l = new TcpListener(IPAddress.Loopback, 0);
        l.Start();
        return ((IPEndPoint)l.LocalEndpoint).Port;
    }

    public override async ValueTask DisposeAsync()
    {
        if (Browser is not null) await Browser.DisposeAsync();
        _playwright?.Dispose();
        await base.DisposeAsync();
        try { Directory.Delete(DataPath, true); } catch (IOException) { }
        GC.SuppressFinalize(this);
    }
}
