using Tongxin.Web.Features.Export;

namespace Tongxin.Web.Features.Suggestions;

/// <summary>
/// The 建言献策 list (PPL-10) to Excel: the list's own query, filters and scope, audited; what the list shows.
/// </summary>
public sealed class ExportSuggestions(ListSuggestions list, ListExport export) : IHandler
{
    public async Task<ListExport.File> HandleAsync(ListSuggestions.Query q, CancellationToken ct = default) =>
        await export.HandleAsync("建言献策", nameof(Suggestion),
            ListExport.Filter(("标题", Check.Clean(q.Q)), ("年度", q.Year), ("类别", Check.Clean(q.Category)),
                ("办理情况", q.Handling is { } h ? ListSuggestions.HandlingName(h) : null)),
            ["标题", "建言人", "所属节点", "类别", "日期", "办理情况", "办理说明"],
            async p => (await list.HandleAsync(q with { Page = p, PageSize = 100 }, ct)).Page,
            s => [s.Title, s.Person, s.NodeName, s.Category, Loc.Date(s.Date), ListSuggestions.HandlingName(s.Handling),
                s.HandlingNote], ct);
}
