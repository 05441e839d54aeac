namespace Tongxin.Web.Startup;

/// <summary>
/// A published app started from another folder (a service without WorkingDirectory, `/opt/tongxin/tongxin` from
/// `/`) would take that folder as its content root and answer every static file with an empty 200: no CSS, no
/// manifest. When the current folder holds no wwwroot and the app's own folder does, the app's folder is the root.
/// </summary>
public static class ContentRoot
{
    public static WebApplicationOptions Options(string[] args)
    {
        var here = Directory.GetCurrentDirectory();
        var own = AppContext.BaseDirectory;
        var given = args.Any(a => a.StartsWith("--contentRoot", StringComparison.OrdinalIgnoreCase))
            || Environment.GetEnvironmentVariable("ASPNETCORE_CONTENTROOT") is not null;
        var useOwn = !given && !Directory.Exists(Path.Combine(here, "wwwroot"))
            && Directory.Exists(Path.Combine(own, "wwwroot"));
        return new WebApplicationOptions { Args = args, ContentRootPath = useOwn ? own : null };
    }
}
