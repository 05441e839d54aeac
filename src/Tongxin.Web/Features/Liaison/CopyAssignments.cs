namespace Tongxin.Web.Features.Liaison;

/// <summary>Copy last year's 联系安排 (in scope) to a new year in one step; refused if that year has any.</summary>
public sealed class CopyAssignments(TongxinDb db) : IHandler
{
    public sealed record Request(int? Year);

    public async Task<int> HandleAsync(Request r, CancellationToken ct = default)
    {
        var set = db.Set<LiaisonAssignment>();
        var check = new Check().That(r.Year is >= 2001 and <= 2100, nameof(r.Year),
            Loc.T("请填写年度（2001–2100）", "Enter the year (2001–2100)"));
        check.ThrowIfAny();
        var year = r.Year!.Value;
        check.That(!await set.AnyAsync(a => a.Year == year, ct), nameof(r.Year),
            Loc.T($"{year} 年已有联系安排，不能复制", $"{year} already has assignments; nothing copied"));
        var last = await set.AsNoTracking().Where(a => a.Year == year - 1).ToListAsync(ct);
        check.That(last.Count > 0, nameof(r.Year),
            Loc.T($"{year - 1} 年没有联系安排可复制", $"{year - 1} has no assignments to copy")).ThrowIfAny();
        foreach (var a in last)
            set.Add(new LiaisonAssignment
            {
                Year = year, CadreName = a.CadreName, CadrePost = a.CadrePost, CadreUserId = a.CadreUserId,
                NodeId = a.NodeId, NodePath = a.NodePath,
            });
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            throw new InvalidInputException(nameof(r.Year), Loc.T($"{year} 年已有联系安排，不能复制",
                $"{year} already has assignments; nothing copied"));
        }
        return last.Count;
    }
}
