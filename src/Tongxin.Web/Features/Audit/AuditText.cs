using System.Text.Json;
using System.Text.Json.Nodes;
using Tongxin.Data.Audit;

namespace Tongxin.Web.Features.Audit;

/// <summary>
/// SYS-1: how audit rows read to a person — event names, the actor ("system" is 系统) and the labels of the entity
/// properties in a row's before/after details — shared by the audit log and a person's change history.
/// </summary>
public static class AuditText
{
    public const string SystemActor = "system";

    public static string Actor(string? userName) =>
        userName is null or SystemActor ? Loc.T("系统", "System") : userName;

    public static string EventName(string e) => e switch
    {
        AuditEvents.Create => Loc.T("新增", "Create"),
        AuditEvents.Update => Loc.T("修改", "Update"),
        AuditEvents.Delete => Loc.T("删除", "Delete"),
        AuditEvents.SignIn => Loc.T("登录", "Sign-in"),
        AuditEvents.SignInFailed => Loc.T("登录失败", "Failed sign-in"),
        AuditEvents.SignOut => Loc.T("退出", "Sign-out"),
        AuditEvents.PasswordChanged => Loc.T("修改密码", "Password changed"),
        AuditEvents.View => Loc.T("查看敏感信息", "Unmasked view"),
        AuditEvents.Export => Loc.T("导出", "Export"),
        AuditEvents.RoleChange => Loc.T("角色变更", "Role change"),
        AuditEvents.PermissionChange => Loc.T("权限变更", "Permission change"),
        AuditEvents.AccessDenied => Loc.T("越权访问", "Access denied"),
        AuditEvents.Restore => Loc.T("恢复", "Restore"),
        AuditEvents.Purge => Loc.T("清理审计日志", "Audit purge"),
        AuditEvents.Publish => Loc.T("公布", "Publish"),
        AuditEvents.Reopen => Loc.T("重新开放", "Reopen"),
        AuditEvents.TwoFactorEnabled => Loc.T("启用两步验证", "Two-step verification enabled"),
        AuditEvents.TwoFactorReset => Loc.T("重置两步验证", "Two-step verification reset"),
        AuditEvents.TwoFactorFailed => Loc.T("验证码错误", "Wrong verification code"),
        AuditEvents.AccountDisabled => Loc.T("停用闲置账户", "Idle account disabled"),
        AuditEvents.JobRunNow => Loc.T("立即运行定时任务", "Job run now"),
        _ => e,
    };

    /// <summary>True when the event has a name of its own; a test holds every event in AuditEvents.All to it.</summary>
    public static bool IsNamed(string e) => EventName(e) != e;

    /// <summary>The label of an entity property as it appears in audit details; the raw name when unknown.</summary>
    public static string FieldLabel(string field) => Labels.TryGetValue(field, out var l)
        ? Loc.T(l.Zh, l.En) : field;

    /// <summary>
    /// The details JSON with its property names replaced by their labels, so a reader sees 认定日期 rather than
    /// RecognisedOn; anything that is not JSON is shown as it is.
    /// </summary>
    public static string LabelDetails(string? details)
    {
        if (string.IsNullOrEmpty(details)) return "";
        try
        {
            return JsonNode.Parse(details) is { } node ? Relabel(node).ToJsonString(Options) : details;
        }
        catch (JsonException) { return details; }
    }

    private static readonly JsonSerializerOptions Options = new()
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All),
    };

    private static JsonNode Relabel(JsonNode node) => node switch
    {
        JsonObject o => RelabelObject(o),
        JsonArray a => new JsonArray(a.Select(v => v is null ? null : Relabel(v)).ToArray()),
        _ => node.DeepClone(),
    };

    // Two properties may share a label (NodeId and NodePath are both 所属节点): a JsonObject refuses a duplicate
    // key, and that exception, thrown while rendering, took the audit page's circuit down. The second keeps its
    // own name beside the label.
    private static JsonObject RelabelObject(JsonObject o)
    {
        var result = new JsonObject();
        foreach (var (key, value) in o)
        {
            var label = Top(key);
            if (result.ContainsKey(label)) label = $"{label}（{key}）";
            if (!result.ContainsKey(label)) result[label] = value is null ? null : Relabel(value);
        }
        return result;
    }

    private static string Top(string key) => key switch
    {
        "before" => Loc.T("变更前", "before"),
        "after" => Loc.T("变更后", "after"),
        _ => FieldLabel(key),
    };

    private static readonly Dictionary<string, (string Zh, string En)> Labels = new()
    {
        ["Name"] = ("姓名", "Name"), ["Gender"] = ("性别", "Gender"), ["BirthDate"] = ("出生日期", "Birth date"),
        ["Ethnicity"] = ("民族", "Ethnicity"), ["Religion"] = ("宗教信仰", "Religion"),
        ["Affiliation"] = ("政治面貌", "Affiliation"), ["Education"] = ("学历", "Education"),
        ["Employer"] = ("工作单位", "Employer"), ["Position"] = ("职务", "Position"),
        ["RepresentativeLevel"] = ("代表人士层级", "Level"), ["Categories"] = ("类别", "Categories"),
        ["Category"] = ("类别", "Category"), ["Tags"] = ("标签", "Tags"), ["Notes"] = ("备注", "Notes"),
        ["Note"] = ("备注", "Note"), ["IdMasked"] = ("身份证号", "ID number"), ["PhoneMasked"] = ("电话", "Phone"),
        ["NodePath"] = ("所属节点", "Node"), ["NodeId"] = ("所属节点", "Node"),
        ["RecognisedOn"] = ("认定日期", "Recognised on"), ["AppointedOn"] = ("任命日期", "Appointed on"),
        ["ElectedOn"] = ("当选日期", "Elected on"), ["StartOn"] = ("开始日期", "Starts on"),
        ["EndOn"] = ("结束日期", "Ends on"), ["EndedOn"] = ("结束日期", "Ended on"),
        ["TermEndsOn"] = ("任期届满日期", "Term ends on"), ["IssuedOn"] = ("发文日期", "Issued on"),
        ["HandledOn"] = ("办理日期", "Handled on"), ["Date"] = ("日期", "Date"), ["Year"] = ("年度", "Year"),
        ["Title"] = ("标题", "Title"), ["Topic"] = ("主题", "Topic"), ["Summary"] = ("摘要", "Summary"),
        ["Description"] = ("说明", "Description"), ["Text"] = ("内容", "Text"), ["Type"] = ("类型", "Type"),
        ["Kind"] = ("类型", "Kind"), ["Code"] = ("代码", "Code"), ["Level"] = ("级别", "Level"),
        ["Status"] = ("状态", "Status"), ["Stage"] = ("阶段", "Stage"), ["Result"] = ("结果", "Result"),
        ["Reason"] = ("原因", "Reason"), ["Purpose"] = ("用途", "Purpose"), ["Score"] = ("得分", "Score"),
        ["SelfScore"] = ("自评分", "Self score"), ["FinalScore"] = ("最终得分", "Final score"),
        ["Points"] = ("分值", "Points"), ["Minimum"] = ("最低次数", "Minimum"), ["Total"] = ("合计", "Total"),
        ["Body"] = ("组织", "Body"), ["BodyId"] = ("组织", "Body"), ["Post"] = ("职务", "Post"),
        ["PostId"] = ("职务", "Post"), ["Seat"] = ("席位", "Seat"), ["Term"] = ("届次", "Term"),
        ["Chamber"] = ("界别", "Chamber"), ["Unit"] = ("单位", "Unit"), ["UnitName"] = ("单位名称", "Unit name"),
        ["Participants"] = ("参加人员", "Participants"), ["Members"] = ("成员", "Members"),
        ["PersonId"] = ("人员", "Person"), ["PersonName"] = ("人员姓名", "Person name"),
        ["Handling"] = ("办理方式", "Handling"), ["HandlingNote"] = ("办理说明", "Handling note"),
        ["Issuer"] = ("发文单位", "Issuer"), ["Number"] = ("文号", "Number"), ["FileName"] = ("文件名", "File name"),
        ["Active"] = ("启用", "Active"), ["IsDisabled"] = ("已停用", "Disabled"), ["Role"] = ("角色", "Role"),
        ["UserName"] = ("用户名", "User name"), ["DisplayName"] = ("显示名称", "Display name"),
        ["Roles"] = ("角色", "Roles"), ["Permissions"] = ("权限", "Permissions"), ["Value"] = ("值", "Value"),
        ["Key"] = ("键", "Key"), ["Rows"] = ("行数", "Rows"), ["FilterText"] = ("筛选条件", "Filter"),
        ["DecidedBy"] = ("审批人", "Decided by"), ["ProposedBy"] = ("提出人", "Proposed by"),
        ["RequestedBy"] = ("申请人", "Requested by"), ["Evidence"] = ("佐证材料", "Evidence"),
        ["Version"] = ("版本", "Version"), ["SortOrder"] = ("排序", "Order"), ["Parent"] = ("上级", "Parent"),
        ["ParentId"] = ("上级", "Parent"), ["Duty"] = ("职责", "Duty"), ["Duties"] = ("职责", "Duties"),
        ["Threshold"] = ("阈值", "Threshold"), ["Metric"] = ("指标", "Metric"), ["Criteria"] = ("标准", "Criteria"),
        ["Since"] = ("起始", "Since"), ["Message"] = ("消息", "Message"), ["Link"] = ("链接", "Link"),
        ["Source"] = ("来源", "Source"), ["Job"] = ("任务", "Job"), ["Sensitive"] = ("敏感", "Sensitive"),
    };
}
