namespace Tongxin.Domain.Accounts;

/// <summary>三员分立 (SEC-9): no account holds two of the three administrator roles.</summary>
public static class AdminSeparation
{
    public const string SystemAdmin = "sysadmin";
    public const string SecurityAdmin = "secadmin";
    public const string AuditAdmin = "auditadmin";

    public static readonly IReadOnlySet<string> AdminRoles =
        new HashSet<string> { SystemAdmin, SecurityAdmin, AuditAdmin };

    /// <summary>Null when the set of roles is allowed; else why not.</summary>
    public static string? Check(IEnumerable<string> roles)
    {
        var list = roles.ToList();
        var admins = list.Where(AdminRoles.Contains).Distinct().ToList();
        if (admins.Count > 1)
            return Lang.T(
                "三员分立：系统管理员、安全管理员、审计管理员不能由同一账号兼任",
                "Separation of duties: one account cannot hold more than one of the system, security and audit " +
                "administrator roles");
        if (admins.Count == 1 && list.Distinct().Count() > 1)
            return Lang.T("三员分立：管理员账号不能同时拥有业务角色",
            "Separation of duties: an administrator account cannot also hold business roles");
        return null;
    }
}
