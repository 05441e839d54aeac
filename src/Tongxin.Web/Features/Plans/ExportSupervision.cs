using Tongxin.Web.Features.Export;

namespace Tongxin.Web.Features.Plans;

/// <summary>督办 (PLN-6) to Excel: the list's own query, filters and scope, audited; each row with its history.
/// </summary>
public sealed class ExportSupervision(ListSupervision list, ListExport export, TongxinDb db) : IHandler
{
    public async Task<ListExport.File> HandleAsync(ListSupervision.Query q, CancellationToken ct = default)
    {
        // The filter row names the town, as the page's filter does, never its id.
        var town = q.Town is { } t
            ? await db.Regions.Where(r => r.Id == t).Select(r => r.Name).SingleOrDefaultAsync(ct) ?? t.ToString()
            : null;
        return await export.HandleAsync("督办", nameof(WarningEvent),
            ListExport.Filter(("预警", q.Level is { } l ? WarningNames.Of(l) : null),
                ("类别", q.Kind is { Length: > 0 } k ? ListSupervision.KindName(k) : null), ("镇街", town),
                ("事项", q.Item)),
            ["预警", "类别", "事项", "责任单位", "镇街", "原因", "预警日期", "历程"],
            p => Rows(q with { Page = p, PageSize = 100 }, ct),
            r => [WarningNames.Of(r.Level), ListSupervision.KindName(r.Kind), r.Title, r.OwnerUnit, r.Node,
                r.Reason, r.Since is { } s ? Loc.Date(s) : "", string.Join("；", r.History.Select(e =>
                    $"{Loc.Date(e.RaisedOn)} {WarningNames.Of(e.Level)}"
                    + (e.AcknowledgedUtc is null ? "（未签收）" : $"（{e.AcknowledgedBy} 已签收）")))], ct);
    }

    private async Task<Paged<ListSupervision.Row>> Rows(ListSupervision.Query q, CancellationToken ct) =>
        (await list.HandleAsync(q, ct)).Page;
}
