namespace Tongxin.Data.Audit;

/// <summary>Audit event names (SEC-13). Stable strings: the audit log is filtered by them.</summary>
public static class AuditEvents
{
    public const string Create = "create";
    public const string Update = "update";
    public const string Delete = "delete";
    public const string SignIn = "sign-in";
    public const string SignInFailed = "sign-in-failed";
    public const string SignOut = "sign-out";
    public const string PasswordChanged = "password-changed";
    public const string View = "view-unmasked";
    public const string Export = "export";
    public const string RoleChange = "role-change";
    public const string PermissionChange = "permission-change";
    public const string AccessDenied = "access-denied";
    public const string Restore = "restore";
    public const string Purge = "audit-purge";
    public const string Publish = "publish";
    public const string Reopen = "reopen";
    public const string TwoFactorEnabled = "two-factor-enabled";
    public const string TwoFactorReset = "two-factor-reset";
    public const string TwoFactorFailed = "two-factor-failed";
    public const string AccountDisabled = "account-disabled";
    public const string JobRunNow = "job-run-now";

    public static readonly string[] All =
        [Create, Update, Delete, SignIn, SignInFailed, SignOut, PasswordChanged, View, Export, RoleChange,
            PermissionChange, AccessDenied, Restore, Purge, Publish, Reopen, TwoFactorEnabled, TwoFactorReset,
            TwoFactorFailed, AccountDisabled, JobRunNow];
}
