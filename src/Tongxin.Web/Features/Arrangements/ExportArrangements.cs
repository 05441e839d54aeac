using Tongxin.Data.Entities;
using Tongxin.Web.Features.Export;

namespace Tongxin.Web.Features.Arrangements;

/// <summary>
/// The 政治安排 list (PPL-8) to Excel: the list's own query, filters and scope, audited. It holds what the list
/// shows (name, node, chamber, level, term, seat, dates), no ID number or phone.
/// </summary>
public sealed class ExportArrangements(ListArrangements list, ListExport export) : IHandler
{
    public async Task<ListExport.File> HandleAsync(ListArrangements.Query q, CancellationToken ct = default) =>
        await export.HandleAsync("政治安排", nameof(PoliticalArrangement),
            ListExport.Filter(("姓名", Check.Clean(q.Q)), ("人大/政协", Check.Clean(q.Chamber)),
                ("到届提醒", q.ExpiringMonths is { } m ? $"{m} 个月内" : null)),
            ["姓名", "所属节点", "人大/政协", "层级", "届次", "职务", "当选日期", "任期届满", "剩余天数"],
            async p => await list.HandleAsync(q with { Page = p, PageSize = 100 }, ct),
            r => [r.Name, r.NodeName, r.Chamber, r.Level, r.Term, r.Seat ?? "", Loc.Date(r.ElectedOn),
                Loc.Date(r.TermEndsOn), r.DaysLeft.ToString()], ct);
}
