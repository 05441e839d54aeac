namespace Tongxin.Web.Infrastructure;

/// <summary>Configuration section "Tongxin".</summary>
public sealed class TongxinOptions
{
    /// <summary>Folder for the SQLite file, keys and uploads; relative to the working directory.</summary>
    public string DataPath { get; set; } = "data";

    /// <summary>Load the Fengcheng demo on first start (Development turns this on).</summary>
    public bool Demo { get; set; }

    /// <summary>The first administrator's password; generated and printed once when empty (SEC-5).</summary>
    public string? AdminPassword { get; set; }

    public int PasswordMaxAgeDays { get; set; } = 90;
    /// <summary>Headless Chromium that prints PDF notices (Debian: /usr/bin/chromium).</summary>
    public string ChromiumPath { get; set; } = "/usr/bin/chromium";
    /// <summary>Sign-in attempts a minute, counted per client address and, separately, per user name (SEC-22).
    /// </summary>
    public int SignInPermitsPerMinute { get; set; } = 20;
    public SecurityOptions Security { get; set; } = new();
    /// <summary>The warning ladder's days (PLN-6): <c>Tongxin:Warnings:BlueDays</c>, <c>StallDays</c>,
    /// <c>ReportDays</c>.</summary>
    public WarningOptions Warnings { get; set; } = new();
    /// <summary>
    /// Answer every request with a Server-Timing header (app and database time); for benchmarks, off by default.
    /// </summary>
    public bool ServerTiming { get; set; }
    public string[] BlockedPasswordWords { get; set; } = ["fengcheng", "峰城", "峯城",
        "tanshan", "zaozhuang", "枣庄"];

    /// <summary>
    /// A relative path is taken from the repository root when run from a checkout (`dotnet run` starts in the
    /// project folder), else from the working directory — so the README's ./data is the checkout's ./data.
    /// </summary>
    public string FullDataPath => Path.IsPathRooted(DataPath) ? DataPath
        : Path.GetFullPath(Path.Combine(BaseDirectory(), DataPath));
    public string KeysPath => Path.Combine(FullDataPath, "keys");
    public string UploadsPath => Path.Combine(FullDataPath, "uploads");

    private static string BaseDirectory()
    {
        for (var d = new DirectoryInfo(Environment.CurrentDirectory); d is not null; d = d.Parent)
            if (File.Exists(Path.Combine(d.FullName, "Tongxin.slnx"))) return d.FullName;
        return Environment.CurrentDirectory;
    }
}

/// <summary>Configuration section "Tongxin:Security".</summary>
public sealed class SecurityOptions
{
    /// <summary>
    /// The three administrators and anyone who may see sensitive fields or reveal must enrol a second factor before
    /// doing anything else (SEC-4). On by default; Development and the tests turn it off for the demo accounts.
    /// </summary>
    public bool RequireTwoFactor { get; set; } = true;

    /// <summary>
    /// Reverse proxies whose X-Forwarded-For / X-Forwarded-Proto are believed: addresses ("10.0.0.5") or networks
    /// ("10.0.0.0/24"), added to ASP.NET's loopback defaults. Headers from any other peer are ignored (SEC-22).
    /// </summary>
    public string[] KnownProxies { get; set; } = [];
}

public sealed class WarningOptions
{
    public int BlueDays { get; set; } = LadderSettings.Default.BlueDays;
    public int StallDays { get; set; } = LadderSettings.Default.StallDays;
    public int ReportDays { get; set; } = LadderSettings.Default.ReportDays;

    public LadderSettings Ladder => new(BlueDays, StallDays, ReportDays);
}
