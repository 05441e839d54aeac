namespace Tongxin.Web.Features.Account;

/// <summary>Audit event names of the second factor (SEC-4, SEC-13); stable strings like AuditEvents'.</summary>
public static class TwoFactorEvents
{
    public const string Enabled = "two-factor-enabled";
    public const string Reset = "two-factor-reset";
    public const string Failed = "two-factor-failed";

    public static readonly string[] All = [Enabled, Reset, Failed];
}
