namespace Tongxin.Web.Security;

/// <summary>Every permission a page, endpoint or button can name. Stored as role claims of type "perm".</summary>
public static class Permissions
{
    public const string ClaimType = "perm";
    public const string PolicyPrefix = "perm:";

    public const string DashboardView = "dashboard.view";
    public const string RegionRead = "region.read";
    public const string RegionWrite = "region.write";
    public const string BodyRead = "body.read";
    public const string BodyWrite = "body.write";
    public const string PostRead = "post.read";
    public const string PostWrite = "post.write";
    public const string DocumentRead = "document.read";
    public const string DocumentWrite = "document.write";
    public const string PeopleRead = "people.read";
    public const string PeopleWrite = "people.write";
    public const string PeopleSensitive = "people.sensitive";
    public const string PeopleReveal = "people.reveal";
    public const string PeoplePropose = "people.propose";
    public const string PeopleApprove = "people.approve";
    public const string ExportApprove = "people.export-approve";
    public const string ActivityRead = "activity.read";
    public const string ActivityWrite = "activity.write";
    public const string DutyRead = "duty.read";
    public const string DutyWrite = "duty.write";
    public const string AssessmentRead = "assessment.read";
    public const string AssessmentWrite = "assessment.write";
    public const string AssessmentSelf = "assessment.self";
    public const string AssessmentReview = "assessment.review";
    public const string AssessmentScore = "assessment.score";
    public const string PlanRead = "plan.read";
    public const string PlanWrite = "plan.write";
    public const string PlanUpdate = "plan.update";
    public const string LiaisonRead = "liaison.read";
    public const string LiaisonWrite = "liaison.write";
    public const string LiaisonReview = "liaison.review";
    public const string UserRead = "user.read";
    public const string UserWrite = "user.write";
    public const string RoleRead = "role.read";
    public const string RoleWrite = "role.write";
    public const string TwoFactorReset = "user.two-factor-reset";
    public const string AuditRead = "audit.read";
    public const string SettingWrite = "setting.write";
    public const string JobManage = "job.manage";

    /// <summary>Code → (中文, English) names, in menu order.</summary>
    public static readonly IReadOnlyList<(string Code, string Zh, string En)> All =
    [
        (DashboardView, "查看统战图谱", "View dashboard"),
        (RegionRead, "查看区划", "View regions"), (RegionWrite, "维护区划", "Edit regions"),
        (BodyRead, "查看机构", "View bodies"), (BodyWrite, "维护机构", "Edit bodies"),
        (PostRead, "查看编制", "View posts"), (PostWrite, "维护编制", "Edit posts"),
        (DocumentRead, "查看文件", "View documents"), (DocumentWrite, "维护文件", "Edit documents"),
        (PeopleRead, "查看人员库", "View people"), (PeopleWrite, "维护人员库", "Edit people"),
        (PeopleSensitive, "查看敏感信息（民族、宗教、政治面貌）", "View sensitive fields"),
        (PeopleReveal, "查看完整证件号和电话（留痕）", "Reveal ID and phone (audited)"),
        (PeoplePropose, "提交人员变更（待审）", "Propose people changes"),
        (PeopleApprove, "审核人员变更", "Approve people changes"),
        (ExportApprove, "审批敏感信息大批量导出", "Approve large sensitive exports"),
        (ActivityRead, "查看活动记录", "View activities"), (ActivityWrite, "记录活动", "Record activities"),
        (DutyRead, "查看制度任务与落实情况", "View duties and compliance"),
        (DutyWrite, "维护制度任务", "Edit duty rules"),
        (AssessmentRead, "查看考核结果与排名", "View assessment results"),
        (AssessmentWrite, "维护考核方案", "Edit assessment schemes"),
        (AssessmentSelf, "考核自评", "Self-assessment"),
        (AssessmentReview, "审核评分、组织联评、公布", "Review, assign reviewers, publish"),
        (AssessmentScore, "联评打分（仅分配给本人的）", "Score assigned assessments"),
        (PlanRead, "查看规划、工程、分线与督办", "View plans, projects, work lines and supervision"),
        (PlanWrite, "维护规划、任务与节点", "Edit plans, tasks and milestones"),
        (PlanUpdate, "报送任务进展、签收预警", "Report task progress, acknowledge warnings"),
        (LiaisonRead, "查看联系安排、调研督查与同心联盟", "View liaison, visits and the alliance"),
        (LiaisonWrite, "安排联系、记录调研与整改", "Assign liaison, record visits and rectifications"),
        (LiaisonReview, "整改销账审核", "Sign off rectifications"),
        (UserRead, "查看用户", "View users"), (UserWrite, "管理用户", "Manage users"),
        (RoleRead, "查看角色权限", "View roles"), (RoleWrite, "管理角色权限", "Manage roles"),
        (TwoFactorReset, "重置用户的两步验证（留痕）", "Reset a user's two-step verification (audited)"),
        (AuditRead, "查阅审计日志", "Read audit log"),
        (SettingWrite, "系统设置", "Settings"),
        (JobManage, "定时任务（查看、立即运行）", "Scheduled jobs (view, run now)"),
    ];

    /// <summary>
    /// 三员分立: these belong only to their administrator role and cannot be granted elsewhere (SEC-9).
    /// </summary>
    public static readonly IReadOnlyDictionary<string, string> AdminOnly = new Dictionary<string, string>
    {
        [UserRead] = Roles.SystemAdmin, [UserWrite] = Roles.SystemAdmin, [SettingWrite] = Roles.SystemAdmin,
        [JobManage] = Roles.SystemAdmin,
        [RoleRead] = Roles.SecurityAdmin, [RoleWrite] = Roles.SecurityAdmin, [TwoFactorReset] = Roles.SecurityAdmin,
        [AuditRead] = Roles.AuditAdmin,
    };

    public static string Policy(string permission) => PolicyPrefix + permission;

    /// <summary>
    /// A page or endpoint open to either permission, e.g. the person form: write directly or propose (PPL-9).
    /// </summary>
    public const char AnyOfSeparator = '|';
    public const string PeopleWriteOrPropose = PeopleWrite + "|" + PeoplePropose;
    /// <summary>The users page: the system administrator manages users, the security administrator resets their
    /// second factor there (SEC-4).</summary>
    public const string UserReadOrTwoFactorReset = UserRead + "|" + TwoFactorReset;
}
