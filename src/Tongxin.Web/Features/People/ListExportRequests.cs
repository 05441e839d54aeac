namespace Tongxin.Web.Features.People;

/// <summary>Export requests in scope (SEC-12), newest first.</summary>
public sealed class ListExportRequests(TongxinDb db) : IHandler
{
    public sealed record Row(
        Guid Id, string RequestedBy, DateTime RequestedUtc, string FilterText, int Rows, string Purpose,
        ExportRequestStatus Status, string? DecidedBy, DateTime? DecidedUtc, DateTime? DownloadedUtc);

    public async Task<Paged<Row>> HandleAsync(int page = 1, int pageSize = 20, CancellationToken ct = default)
    {
        var result = await db.ExportRequests.AsNoTracking().OrderByDescending(r => r.RequestedUtc).ThenBy(r => r.Id)
            .ToPagedAsync(page, pageSize, ct);
        return new Paged<Row>(
            result.Items.Select(r => new Row(r.Id, r.RequestedBy, r.RequestedUtc, r.FilterText, r.Rows, r.Purpose,
                r.Status, r.DecidedBy, r.DecidedUtc, r.DownloadedUtc)).ToList(),
            result.Total, result.Page, result.PageSize);
    }

    public static string StatusName(ExportRequestStatus s) => s switch
    {
        ExportRequestStatus.Approved => Loc.T("已批准，待下载", "Approved, ready to download"),
        ExportRequestStatus.Rejected => Loc.T("已驳回", "Rejected"),
        ExportRequestStatus.Downloaded => Loc.T("已下载", "Downloaded"),
        _ => Loc.T("待审批", "Awaiting approval"),
    };
}
