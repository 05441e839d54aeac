using System.Text.Json;
using Tongxin.Data.Audit;

namespace Tongxin.Web.Features.People;

/// <summary>
/// SEC-12 over a rolling 24 hours: the approval limit counts the people this user already exported with sensitive
/// fields and without approval, so splitting one large export into per-town files does not dodge it. The audit log
/// is the record of exports already (written in the export's own transaction), so nothing else is kept.
/// </summary>
public sealed class ExportAllowance(TongxinDb db, TimeProvider clock) : IHandler
{
    public static readonly TimeSpan Window = TimeSpan.FromHours(24);

    /// <summary>People exported with sensitive fields and without an approval by this user in the last 24 hours.
    /// </summary>
    public async Task<int> RecentSensitiveRowsAsync(CancellationToken ct = default)
    {
        var (userId, userName) = (db.CurrentUser.UserId, db.CurrentUser.UserName);
        if (userId is null && userName is null) return 0;
        var since = clock.GetUtcNow().UtcDateTime - Window;
        // A user exports a handful of files a day: read their details and add them up here rather than in SQL,
        // where JSON functions differ between the two providers.
        var details = await db.AuditEntries.AsNoTracking()
            .Where(e => e.Event == AuditEvents.Export && e.TimeUtc >= since && e.Success
                && e.ObjectType == nameof(Person)
                && (userId != null ? e.UserId == userId : e.UserName == userName))
            .Select(e => e.Details).ToListAsync(ct);
        return details.Sum(SensitiveRows);
    }

    /// <summary>The running total with this export passes the limit: it needs a second person's approval.</summary>
    public static bool NeedsApproval(int recent, int rows) => recent + rows > ExportPeople.ApprovalLimit;

    private static int SensitiveRows(string? details)
    {
        if (details is null) return 0;
        try
        {
            using var doc = JsonDocument.Parse(details);
            var root = doc.RootElement;
            var sensitive = root.TryGetProperty("sensitive", out var s) && s.ValueKind == JsonValueKind.True;
            var approved = root.TryGetProperty("approval", out var a) && a.ValueKind == JsonValueKind.String;
            return sensitive && !approved && root.TryGetProperty("rows", out var r) && r.TryGetInt32(out var n)
                ? n : 0;
        }
        catch (JsonException)
        {
            return 0;
        }
    }
}
