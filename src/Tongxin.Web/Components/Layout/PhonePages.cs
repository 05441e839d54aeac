namespace Tongxin.Web.Components.Layout;

/// <summary>Where the phone pages live: every route under <c>/m</c> is statically rendered with
/// <see cref="PhoneLayout"/>.</summary>
public static class PhonePages
{
    public const string Root = "/m";

    public static bool Owns(PathString path) => path.StartsWithSegments(Root, StringComparison.OrdinalIgnoreCase);
}
