namespace Tongxin.Web.Features.Plans;

/// <summary>The ladder's levels as people read them (PLN-6): the word, never the colour alone.</summary>
public static class WarningNames
{
    public static string Of(WarningLevel level) => level switch
    {
        WarningLevel.Blue => Loc.T("蓝色预警", "Blue"),
        WarningLevel.Yellow => Loc.T("黄色预警", "Yellow"),
        WarningLevel.Red => Loc.T("红色预警", "Red"),
        WarningLevel.Reported => Loc.T("通报", "Reported"),
        _ => Loc.T("正常", "On track"),
    };

    /// <summary>The badge's class on phone pages (phone.css: <c>.warn-blue</c> …).</summary>
    public static string Css(WarningLevel level) => "warn-" + level.ToString().ToLowerInvariant();
}
