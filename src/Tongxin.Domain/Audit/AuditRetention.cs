namespace Tongxin.Domain.Audit;

/// <summary>SEC-16: audit rows are kept at least 180 days; a shorter retention setting is refused.</summary>
public static class AuditRetention
{
    public const int MinimumDays = 180;

    public static string? Validate(int days) =>
        days < MinimumDays
            ? Lang.T($"审计日志保留期不能少于 {MinimumDays} 天（等保要求留存不少于六个月）",
            $"The audit log must be kept at least {MinimumDays} days (MLPS requires at least six months)") : null;

    public static DateTime Cutoff(DateTime nowUtc, int days) => nowUtc.AddDays(-days);
}
