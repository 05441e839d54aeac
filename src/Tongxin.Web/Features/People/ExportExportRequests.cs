using Tongxin.Web.Features.Export;

namespace Tongxin.Web.Features.People;

/// <summary>
/// The export request list (导出审批, SEC-12) to Excel: the rows the list shows, in scope, audited. It holds who asked
/// and why, never the people asked for.
/// </summary>
public sealed class ExportExportRequests(ListExportRequests list, ListExport export) : IHandler
{
    public async Task<ListExport.File> HandleAsync(CancellationToken ct = default) =>
        await export.HandleAsync("导出审批", nameof(ExportRequest), ListExport.Filter(),
            ["申请人", "申请时间", "导出条件", "人数", "用途", "状态", "审批人", "审批时间", "下载时间"],
            p => list.HandleAsync(p, 100, ct),
            r => [r.RequestedBy, Loc.Time(r.RequestedUtc), r.FilterText, r.Rows, r.Purpose,
                ListExportRequests.StatusName(r.Status), r.DecidedBy, Time(r.DecidedUtc), Time(r.DownloadedUtc)], ct);

    private static string? Time(DateTime? utc) => utc is { } t ? Loc.Time(t) : null;
}
