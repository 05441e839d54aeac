using Tongxin.Domain.Text;
using Tongxin.Web.Features.People;

namespace Tongxin.Web.Features.Cadres;

/// <summary>党外干部 list (PPL-3) with rank filter, name search and each cadre's placements.</summary>
public sealed class ListCadres(TongxinDb db) : IHandler
{
    public sealed record Query(
        string? Q = null, string? Rank = null, bool? Placed = null, int Page = 1, int PageSize = 20);
    public sealed record PlacementRow(
        Guid Id, string Kind, string Unit, string? TownName, DateOnly StartOn, DateOnly? EndOn, long Version);
    public sealed record Row(
        Guid Id, Guid PersonId, string Name, string NodeName, string Rank, string? Post, long Version,
        IReadOnlyList<PlacementRow> Placements);
    public sealed record Result(Paged<Row> Page, IReadOnlyDictionary<string, int> ByRank, int Placed);

    public async Task<Result> HandleAsync(Query q, CancellationToken ct = default)
    {
        var cadres = db.NonPartyCadres.AsNoTracking();
        if (Check.Clean(q.Rank) is { } rank) cadres = cadres.Where(c => c.Rank == rank);
        if (Check.Clean(q.Q) is { } text)
        {
            var key = NameKey.Of(text);
            cadres = cadres.Where(c => db.People.Any(p => p.Id == c.PersonId && p.NameKey.Contains(key)));
        }
        if (q.Placed is { } placed) cadres = cadres.Where(c => db.Placements.Any(p => p.CadreId == c.Id) == placed);
        var page = await cadres.OrderBy(c => c.Rank).ThenBy(c => c.Id).ToPagedAsync(q.Page, q.PageSize, ct);
        var ids = page.Items.Select(c => c.Id).ToList();
        var placements = await db.Placements.AsNoTracking().Where(p => ids.Contains(p.CadreId))
            .OrderBy(p => p.StartOn).ToListAsync(ct);
        var townIds = placements.Where(p => p.TownId != null).Select(p => p.TownId!.Value).Distinct().ToList();
        var towns = await db.Regions.Where(r => townIds.Contains(r.Id)).ToDictionaryAsync(r => r.Id, r => r.Name, ct);
        var people = await db.LoadAsync(page.Items.Select(c => c.PersonId), ct);
        var rows = page.Items.Select(c => new Row(c.Id, c.PersonId, people.GetValueOrDefault(c.PersonId)?.Name ?? "—",
            people.GetValueOrDefault(c.PersonId)?.NodeName ?? "", c.Rank, c.Post, c.Version,
            placements.Where(p => p.CadreId == c.Id).Select(p => new PlacementRow(p.Id, p.Kind, p.Unit,
                    p.TownId is { } t ? towns.GetValueOrDefault(t) : null, p.StartOn, p.EndOn, p.Version))
                .ToList()))
            .ToList();
        var byRank = await db.NonPartyCadres.GroupBy(c => c.Rank).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        var placedCount = await db.NonPartyCadres.CountAsync(c => db.Placements.Any(p => p.CadreId == c.Id), ct);
        return new Result(new Paged<Row>(rows, page.Total, page.Page, page.PageSize), byRank, placedCount);
    }
}
