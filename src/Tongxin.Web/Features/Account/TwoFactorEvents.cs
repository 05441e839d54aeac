namespace Tongxin.Web.Features.Account;

/// <summary>Audit event names of the second factor (SEC-4, SEC-13); stable strings like AuditEvents'.</summary>
public static class TwoFactorEvents
{
    public const string Enabled = Data.Audit.AuditEvents.TwoFactorEnabled;
    public const string Reset = Data.Audit.AuditEvents.TwoFactorReset;
    public const string Failed = Data.Audit.AuditEvents.TwoFactorFailed;

    public static readonly string[] All = [Enabled, Reset, Failed];
}
