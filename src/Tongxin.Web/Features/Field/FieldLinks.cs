using System.Security.Claims;

namespace Tongxin.Web.Features.Field;

/// <summary>
/// The phone pages a link may lead to, each with the permission its page demands, so the field home offers only what
/// the role can open (no card that ends in "没有权限"). The pages name the same constants in their attributes.
/// </summary>
public static class FieldLinks
{
    public const string Home = "/m";
    public const string Duties = "/m/duties";
    public const string Activities = "/m/activities";
    public const string People = "/m/people";
    /// <summary>The phone activity form (built with the idempotency keys and photo stamps, issue 15 item 2).</summary>
    public const string NewActivity = "/m/activities/new";
    /// <summary>我的任务 and 报送进展 (PLN-1, PLN-7).</summary>
    public const string Tasks = "/m/tasks";

    public const string DutiesPermission = Permissions.DutyRead;
    public const string ActivitiesPermission = Permissions.ActivityRead;
    public const string PeoplePermission = Permissions.PeopleRead;
    public const string NewActivityPermission = Permissions.ActivityWrite;
    public const string ProposePermission = Permissions.PeoplePropose;
    public const string TasksPermission = Permissions.PlanRead;

    public static string Person(Guid id) => $"{People}/{id}";

    /// <summary>The phone change proposal form for one person (PPL-9).</summary>
    public static string ProposeChange(Guid id) => $"{People}/{id}/change";

    public sealed record Tile(string Href, string Zh, string En, string Icon);

    /// <summary>The look-up tile's icon is drawn (a magnifier): the text glyph ⌕ renders small in most fonts.</summary>
    public const string SearchIcon = "search";

    /// <summary>快捷: the tiles this user may open, in the order of the field's daily work.</summary>
    public static IReadOnlyList<Tile> Tiles(ClaimsPrincipal user)
    {
        var tiles = new List<Tile>();
        if (user.Can(NewActivityPermission)) tiles.Add(new(NewActivity, "记录活动", "Record an activity", "＋"));
        // 上报变更 starts from a person: the lookup, then the person's card, then the proposal form.
        if (user.Can(PeoplePermission) && user.Can(ProposePermission))
            tiles.Add(new(People + "?propose=1", "上报变更", "Report a change", "✎"));
        if (user.Can(PeoplePermission)) tiles.Add(new(People, "查人员", "Look up a person", SearchIcon));
        if (user.Can(ActivitiesPermission)) tiles.Add(new(Activities, "我的记录", "My records", "☰"));
        if (user.Can(TasksPermission) && user.Can(Permissions.PlanUpdate))
            tiles.Add(new(Tasks, "我的任务", "My tasks", "⚑"));
        return tiles;
    }
}
