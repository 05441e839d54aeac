using System.Text.Json;
using Tongxin.Data.Protection;
using Tongxin.Web.Features.People;

namespace Tongxin.Web.Features.PendingChanges;

/// <summary>
/// PPL-9: a town or village user proposes a new person or a change; it is validated exactly as a save would be, then
/// waits (encrypted, SEC-23) for a district user. Nothing in the register changes until approval.
/// </summary>
public sealed class ProposeChange(
    TongxinDb db, SavePerson save, FieldProtector protector, CurrentUser user, TimeProvider clock) : IHandler
{
    public async Task<Guid> HandleAsync(Guid? personId, SavePerson.Request r, CancellationToken ct = default)
    {
        var sensitive = user.Can(Permissions.PeopleSensitive); // SavePerson's check below asks the same user
        var current = personId is { } pid ? await db.People.AsNoTracking().SingleOrDefaultAsync(p => p.Id == pid, ct)
            ?? throw new NotFoundException(Loc.T("人员", "Person")) : null;
        if (current is not null
            && await db.PendingChanges.AnyAsync(c => c.PersonId == current.Id && c.Status == PendingStatus.Pending, ct))
            throw new ConflictException(Loc.T(
                $"「{current.Name}」已有一条待审变更，请等待审核后再提交",
                $"\"{current.Name}\" already has a change awaiting review; wait for it to be decided"));
        await save.HandleAsync(personId, r, ct, validateOnly: true);
        if (current is not null && Unchanged(current, r, sensitive))
            throw new InvalidInputException(nameof(SavePerson.Request.Name), Loc.T(
                "没有修改任何内容：请改动要更正的项目后再提交", "Nothing was changed: edit what is wrong, then send"));
        var node = await db.Regions.SingleAsync(x => x.Id == (current != null ? current.NodeId : r.NodeId), ct);
        var change = db.PendingChanges.Add(new PendingChange
        {
            PersonId = current?.Id, PersonName = r.Name!.Trim(),
            PayloadCipher = protector.Encrypt(JsonSerializer.Serialize(r)),
            BaseVersion = current?.Version ?? 0, ProposerSensitive = sensitive, ProposedBy = user.UserName ?? "?",
            ProposedUtc = clock.GetUtcNow().UtcDateTime, NodeId = node.Id, NodePath = node.NodePath,
        }).Entity;
        await db.SaveChangesAsync(ct);
        return change.Id;
    }

    /// <summary>
    /// A proposal that changes nothing would only block real ones (one pending change per person) until a reviewer
    /// rejects it. An ID number or phone typed in counts as a change (they are stored encrypted, not compared here).
    /// </summary>
    private static bool Unchanged(Person p, SavePerson.Request r, bool sensitive)
    {
        static bool Same(string? a, string? b) => (Check.Clean(a) ?? "") == (Check.Clean(b) ?? "");
        var categories = "|" + string.Join("|", (r.Categories ?? []).Distinct().Order()) + "|";
        return string.IsNullOrWhiteSpace(r.IdNumber) && string.IsNullOrWhiteSpace(r.Phone)
            && Same(p.Name, r.Name) && p.Gender == r.Gender && p.BirthDate == r.BirthDate
            && (!sensitive || (Same(p.Ethnicity, r.Ethnicity) && Same(p.Religion, r.Religion)
                && Same(p.Affiliation, r.Affiliation)))
            && Same(p.Education, r.Education) && Same(p.Employer, r.Employer) && Same(p.Position, r.Position)
            && Same(p.RepresentativeLevel, r.RepresentativeLevel) && (p.Categories == categories
                || (p.Categories is "" or "||" && categories == "||"))
            && Same(p.Tags, r.Tags) && (p.Notes?.Trim() ?? "") == (r.Notes?.Trim() ?? "")
            && (r.NodeId is null || r.NodeId == p.NodeId) && p.RecognisedOn == r.RecognisedOn;
    }
}
