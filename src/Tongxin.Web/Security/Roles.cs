using Tongxin.Domain.Accounts;
using P = Tongxin.Web.Security.Permissions;

namespace Tongxin.Web.Security;

/// <summary>
/// The built-in roles of ACC-3 and their initial permissions (the security admin may change business roles).
/// </summary>
public static class Roles
{
    public const string SystemAdmin = AdminSeparation.SystemAdmin;
    public const string SecurityAdmin = AdminSeparation.SecurityAdmin;
    public const string AuditAdmin = AdminSeparation.AuditAdmin;
    public const string Staff = "staff";
    public const string Leader = "leader";
    public const string TownOfficer = "town-officer";
    public const string VillageOfficer = "village-officer";
    public const string UnitLiaison = "unit-liaison";
    public const string Reviewer = "reviewer";
    public const string Enterprise = "enterprise";

    public sealed record BuiltIn(string Name, string Zh, string En, string[] Permissions);

    public static readonly IReadOnlyList<BuiltIn> All =
    [
        new(SystemAdmin, "系统管理员", "System administrator",
            [P.UserRead, P.UserWrite, P.SettingWrite, P.RegionRead, P.RegionWrite, P.JobManage]),
        new(SecurityAdmin, "安全管理员", "Security administrator", [P.RoleRead, P.RoleWrite, P.TwoFactorReset]),
        new(AuditAdmin, "审计管理员", "Audit administrator", [P.AuditRead]),
        new(Staff, "统战部工作人员", "UFWD staff",
            [P.DashboardView, P.RegionRead, P.BodyRead, P.BodyWrite, P.PostRead, P.PostWrite, P.DocumentRead,
            P.DocumentWrite, P.PeopleRead, P.PeopleWrite, P.PeopleSensitive, P.PeopleReveal, P.PeopleApprove,
            P.ExportApprove, P.ActivityRead, P.ActivityWrite, P.DutyRead, P.DutyWrite, P.AssessmentRead,
            P.AssessmentWrite, P.AssessmentReview, P.PlanRead, P.PlanWrite, P.PlanUpdate, P.LiaisonRead, P.LiaisonWrite,
            P.LiaisonReview]),
        new(Leader, "部领导/区领导", "Leader (read-only)",
            // ACC-3: leaders read everything in scope and approve (pending changes), but edit nothing.
            [P.DashboardView, P.RegionRead, P.BodyRead, P.PostRead, P.DocumentRead, P.PeopleRead, P.PeopleSensitive,
            P.PeopleApprove, P.ActivityRead, P.DutyRead, P.AssessmentRead, P.PlanRead, P.LiaisonRead]),
        new(TownOfficer, "镇街统战干事", "Town officer",
            [P.DashboardView, P.RegionRead, P.BodyRead, P.BodyWrite, P.PostRead, P.DocumentRead, P.DocumentWrite,
            P.PeopleRead, P.PeoplePropose, P.ActivityRead, P.ActivityWrite, P.DutyRead, P.AssessmentRead,
            P.AssessmentSelf, P.PlanRead, P.PlanUpdate, P.LiaisonRead, P.LiaisonWrite]),
        new(VillageOfficer, "村居双员", "Village liaison",
            [P.DashboardView, P.RegionRead, P.DocumentRead, P.PeopleRead, P.PeoplePropose, P.ActivityRead,
            P.ActivityWrite, P.DutyRead]),
        new(UnitLiaison, "成员单位联络人", "Member-unit liaison",
            [P.DashboardView, P.BodyRead, P.DocumentRead, P.ActivityRead, P.ActivityWrite, P.DutyRead]),
        new(Reviewer, "评审人", "Reviewer", [P.DashboardView, P.AssessmentScore]),
        new(Enterprise, "企业用户", "Enterprise user", []),
    ];
}
