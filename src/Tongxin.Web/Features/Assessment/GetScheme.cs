using Tongxin.Domain.Assessment;

namespace Tongxin.Web.Features.Assessment;

/// <summary>
/// One scheme with its indicator tree in display order, what stops it from being published, and the auto sources on
/// offer.
/// </summary>
public sealed class GetScheme(TongxinDb db, AutoSources sources) : IHandler
{
    public sealed record Node(Indicator Indicator, int Depth, string? SourceName);
    public sealed record Result(
        AssessmentScheme Scheme, string? DocumentNumber, IReadOnlyList<Node> Tree, int Total,
        IReadOnlyList<string> Problems, IReadOnlyList<(string Code, string Name)> Sources);

    public async Task<Result> HandleAsync(Guid id, CancellationToken ct = default)
    {
        var scheme = await db.AssessmentSchemes.AsNoTracking().SingleOrDefaultAsync(s => s.Id == id, ct)
            ?? throw new NotFoundException(Loc.T("考核方案", "Assessment scheme"));
        var all = await db.Indicators.AsNoTracking().Where(i => i.SchemeId == id).OrderBy(i => i.SortOrder)
            .ToListAsync(ct);
        var options = await sources.OptionsAsync(db, ct);
        var tree = new List<Node>();
        void Walk(Guid? parent, int depth)
        {
            foreach (var i in all.Where(i => i.ParentId == parent))
            {
                tree.Add(new Node(i, depth,
                    i.AutoSource is { } c ? options.FirstOrDefault(o => o.Code == c).Name ?? c : null));
                Walk(i.Id, depth + 1);
            }
        }
        Walk(null, 0);
        var problems = SchemeRules.Validate(
            all.Select(i => new SchemeNode(i.Id, i.ParentId, i.Title, i.Points)).ToList());
        var doc = scheme.DocumentId is { } d
            ? await db.Documents.Where(x => x.Id == d).Select(x => x.Number).FirstOrDefaultAsync(ct)
            : null;
        return new Result(scheme, doc, tree, all.Where(i => i.ParentId == null).Sum(i => i.Points), problems, options);
    }
}
