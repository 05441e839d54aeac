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
    public int SignInPermitsPerMinute { get; set; } = 20;
    public string[] BlockedPasswordWords { get; set; } = ["fengcheng", "峰城", "峯城", "tanshan", "zaozhuang", "枣庄"];

    public string FullDataPath => Path.GetFullPath(DataPath);
    public string KeysPath => Path.Combine(FullDataPath, "keys");
}
