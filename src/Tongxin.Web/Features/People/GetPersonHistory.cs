using System.Text.Json;
using Tongxin.Data.Audit;

namespace Tongxin.Web.Features.People;

/// <summary>
/// PPL-7 变更记录: who changed what, when, old → new — read from the person's own audit rows once the person is
/// known to be in scope. Sensitive fields are left out for viewers without "view sensitive"; ID and phone appear
/// only masked (ciphertext and blind index never reach the audit rows); sensitive categories (SEC-24) are taken out
/// of the category changes.
/// </summary>
public sealed class GetPersonHistory(TongxinDb db, CurrentUser user, Dictionaries.PeopleDictionary dictionary)
    : IHandler
{
    private static readonly HashSet<string> Hidden = [nameof(Person.NameKey), nameof(Person.NodeId), nameof(Person.Id)];
    private static readonly HashSet<string> Sensitive = [nameof(Person.Ethnicity), nameof(Person.Religion),
        nameof(Person.Affiliation)];

    public sealed record Change(string Field, string? Before, string? After);

    /// <summary>One change; <paramref name="ProposedBy"/> names who proposed it when an approval wrote it.</summary>
    public sealed record Entry(DateTime TimeUtc, string? UserName, string Event, IReadOnlyList<Change> Changes,
        string? ProposedBy = null);

    public async Task<IReadOnlyList<Entry>> HandleAsync(Guid id, CancellationToken ct = default)
    {
        var sensitive = user.Can(Permissions.PeopleSensitive);
        if (!await db.People.AnyAsync(p => p.Id == id, ct)) throw new NotFoundException(Loc.T("人员", "Person"));
        var key = id.ToString();
        var rows = await db.AuditEntries.AsNoTracking()
            .Where(a => a.ObjectType == nameof(Person) && a.ObjectId == key
                && (a.Event == AuditEvents.Create || a.Event == AuditEvents.Update))
            .OrderByDescending(a => a.Seq).Take(200).ToListAsync(ct);
        var dict = await dictionary.HandleAsync(ct);
        var proposers = await ProposersAsync(id, rows, ct);
        return rows.Select(a => new Entry(a.TimeUtc, a.UserName, a.Event, Changes(a.Details, sensitive, dict),
            proposers.GetValueOrDefault(a.Seq))).ToList();
    }

    /// <summary>
    /// An approved change is written by the approver (PPL-9), so the audit row names them only; the proposer comes
    /// from the pending change: its row is the approver's first on this person at or after the decision.
    /// </summary>
    private async Task<Dictionary<long, string>> ProposersAsync(Guid id, List<AuditEntry> rows, CancellationToken ct)
    {
        var approvals = await db.PendingChanges.AsNoTracking()
            .Where(c => c.PersonId == id && c.Status == PendingStatus.Approved && c.DecidedUtc != null)
            .Select(c => new { c.ProposedBy, c.DecidedBy, c.DecidedUtc }).ToListAsync(ct);
        var found = new Dictionary<long, string>();
        foreach (var c in approvals)
            if (rows.Where(a => a.UserName == c.DecidedBy && a.TimeUtc >= c.DecidedUtc).MinBy(a => a.Seq) is { } a)
                found.TryAdd(a.Seq, c.ProposedBy);
        return found;
    }

    private static List<Change> Changes(string? details, bool sensitive, Dictionaries.PeopleDictionary.Result dict)
    {
        if (details is null) return [];
        using var doc = JsonDocument.Parse(details);
        var before = doc.RootElement.TryGetProperty("before", out var b) ? b : default;
        var after = doc.RootElement.TryGetProperty("after", out var a) ? a : default;
        var fields = new[] { before, after }.Where(e => e.ValueKind == JsonValueKind.Object)
            .SelectMany(e => e.EnumerateObject().Select(p => p.Name)).Distinct()
            .Where(f => !Hidden.Contains(f) && (sensitive || !Sensitive.Contains(f)));
        string? Shown(JsonElement e, string f) => Value(e, f) is { } v && f == nameof(Person.Categories)
            ? "|" + string.Join("|", dict.VisibleCategories(v)) + "|" : Value(e, f);
        return fields.Select(f => new Change(f, Shown(before, f), Shown(after, f)))
            .Where(c => c.Field != nameof(Person.Categories) || c.Before != c.After).ToList();
    }

    private static string? Value(JsonElement e, string field) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(field, out var v)
            && v.ValueKind != JsonValueKind.Null ? v.ToString() : null;
}
