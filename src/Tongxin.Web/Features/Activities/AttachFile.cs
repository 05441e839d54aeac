using Tongxin.Web.Infrastructure.Uploads;

namespace Tongxin.Web.Features.Activities;

/// <summary>
/// SEC-21: an attachment (minutes, photos, files) to an activity, checked and stored by <see cref="EvidenceFiles"/>
/// (content check, random name outside wwwroot, SHA-256 on the row so in the audit chain, a stamped copy of a
/// photo — OBL-6). It makes the activity count for rules that need evidence.
/// </summary>
public sealed class AttachFile(TongxinDb db, EvidenceFiles files) : IHandler
{
    public const long MaxBytes = EvidenceFiles.MaxBytes;

    public static IReadOnlyList<FileKind> Accepted => EvidenceFiles.Accepted;

    public async Task<Guid> HandleAsync(
        Guid activityId, string fileName, Stream content, CancellationToken ct = default)
    {
        var activity = await db.Activities.SingleOrDefaultAsync(a => a.Id == activityId, ct)
            ?? throw new NotFoundException(Loc.T("活动", "Activity"));
        var s = await files.StoreAsync(fileName, content, activity.NodePath, ct);
        var attachment = db.ActivityAttachments.Add(new ActivityAttachment
        {
            ActivityId = activity.Id, FileName = s.FileName, StoredName = s.StoredName,
            ContentType = s.ContentType, Size = s.Size, Sha256 = s.Sha256, StampedName = s.StampedName,
            NodeId = activity.NodeId, NodePath = activity.NodePath, MemberUnitId = activity.MemberUnitId,
        }).Entity;
        activity.AttachmentCount++;
        activity.HasEvidence = true;
        await files.SaveOrRemoveAsync(s, ct);
        return attachment.Id;
    }
}
