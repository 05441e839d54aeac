using Tongxin.Web.Features.Activities;

namespace Tongxin.Web.Features.Liaison;

/// <summary>
/// 三联三访 (LIA-3): a joint activity of a pair is an ordinary <see cref="Activity"/> at the paired node (so duty
/// rules count it) and an <see cref="AllianceActivity"/> link, written together.
/// </summary>
public sealed class RecordAllianceActivity(TongxinDb db, RecordActivity activities) : IHandler
{
    /// <summary>The activity type's name; until the dictionary has it, the closest existing type.</summary>
    public const string TypeName = "三联三访", FallbackTypeName = "调研督查";

    public sealed record Request(DateOnly? Date, string? Topic, string? Minutes);

    public async Task<Guid> HandleAsync(Guid allianceId, Request r, CancellationToken ct = default)
    {
        var pair = await db.Set<Alliance>().AsNoTracking().SingleOrDefaultAsync(a => a.Id == allianceId, ct)
            ?? throw new NotFoundException(Loc.T("联镇结村", "Alliance pair"));
        var types = await db.DictionaryItems.AsNoTracking()
            .Where(i => i.Kind == Data.Seed.Dictionaries.ActivityType
                && (i.Name == TypeName || i.Name == FallbackTypeName))
            .Select(i => new { i.Name, i.Code }).ToListAsync(ct);
        var type = (types.FirstOrDefault(t => t.Name == TypeName) ?? types.FirstOrDefault())?.Code;
        new Check().That(r.Date is null || r.Date >= pair.Since, nameof(r.Date),
            Loc.T("活动日期不能早于结对日期", "The date cannot be before the pairing")).ThrowIfAny();
        await using var tx = await db.BeginWriteAsync(ct);
        var id = await activities.HandleAsync(null,
            new RecordActivity.Request(r.Date, type, null, null, pair.NodeId, r.Topic, r.Minutes, []), ct);
        db.Set<AllianceActivity>().Add(new AllianceActivity
        {
            AllianceId = pair.Id, ActivityId = id, NodeId = pair.NodeId, NodePath = pair.NodePath,
        });
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return id;
    }
}
