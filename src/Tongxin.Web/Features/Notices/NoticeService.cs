namespace Tongxin.Web.Features.Notices;

/// <summary>
/// Writes notices (通知) to users' inboxes: the jobs' reminders now, later modules' escalations. A notice with a
/// de-duplication key is written at most once per recipient and source (a job re-run writes nothing new).
/// </summary>
public sealed class NoticeService(TongxinDb db, TimeProvider clock)
{
    /// <returns>How many notices were written (recipients who already had this key are skipped).</returns>
    public async Task<int> SendAsync(IReadOnlyCollection<string> userIds, string title, string body,
        string? link = null, string source = "system", string? dedupKey = null, CancellationToken ct = default)
    {
        if (link is not null && !LocalUrl.IsLocal(link))
            throw new ArgumentException("a notice links to a page of this site", nameof(link));
        var recipients = userIds.Distinct().ToList();
        if (dedupKey is not null)
        {
            var had = await db.Set<Notice>()
                .Where(n => n.Source == source && n.DedupKey == dedupKey && recipients.Contains(n.RecipientId))
                .Select(n => n.RecipientId).ToListAsync(ct);
            recipients = recipients.Except(had).ToList();
        }
        if (recipients.Count == 0) return 0;
        var now = clock.GetUtcNow().UtcDateTime;
        db.AddRange(recipients.Select(id => new Notice
        {
            RecipientId = id, Title = Cut(title, 200), Body = Cut(body, 4000), Link = link, Source = source,
            DedupKey = dedupKey, CreatedUtc = now,
        }));
        await db.SaveChangesAsync(ct);
        return recipients.Count;
    }

    private static string Cut(string s, int max) => s.Length <= max ? s : s[..(max - 1)] + "…";
}
