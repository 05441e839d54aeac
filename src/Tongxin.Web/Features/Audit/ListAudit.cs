namespace Tongxin.Web.Features.Audit;

/// <summary>审计日志 for the audit administrator: filter by event, user, object, outcome and time
/// (SYS-4).</summary>
public sealed class ListAudit(TongxinDb db) : IHandler
{
    public sealed record Query(string? Event = null, string? User = null, string? ObjectType = null,
        string? ObjectId = null,
        bool? Success = null, DateOnly? From = null, DateOnly? To = null, int Page = 1, int PageSize = 20);

    public sealed record Row(long Seq, DateTime TimeUtc, string? UserName, string? Ip, string Event, string? ObjectType,
        string? ObjectId,
        string? NodePath, bool Success, string? Details);

    public Task<Paged<Row>> HandleAsync(Query q, CancellationToken ct = default)
    {
        var a = db.AuditEntries.AsNoTracking();
        if (Check.Clean(q.Event) is { } ev) a = a.Where(x => x.Event == ev);
        if (Check.Clean(q.User) is { } user) a = a.Where(x => x.UserName != null && x.UserName.Contains(user));
        if (Check.Clean(q.ObjectType) is { } type) a = a.Where(x => x.ObjectType == type);
        if (Check.Clean(q.ObjectId) is { } oid) a = a.Where(x => x.ObjectId == oid);
        if (q.Success is { } ok) a = a.Where(x => x.Success == ok);
        if (q.From is { } from)
            a = a.Where(x => x.TimeUtc >= from.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc).AddHours(-8));
        if (q.To is { } to)
            a = a.Where(x => x.TimeUtc < to.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc).AddHours(-8));
        return a.OrderByDescending(x => x.Seq)
            .Select(x =>
            new Row(x.Seq, x.TimeUtc, x.UserName, x.Ip, x.Event, x.ObjectType, x.ObjectId, x.NodePath, x.Success,
            x.Details))
            .ToPagedAsync(q.Page, q.PageSize, ct);
    }
}
