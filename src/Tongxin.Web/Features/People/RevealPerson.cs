using Tongxin.Data.Audit;
using Tongxin.Data.Protection;

namespace Tongxin.Web.Features.People;

/// <summary>SEC-24: the full ID or phone number, only through this call, and every call is in the audit log.</summary>
public sealed class RevealPerson(TongxinDb db, FieldProtector protector) : IHandler
{
    public sealed record Result(string Field, string? Value);

    public async Task<Result> HandleAsync(Guid id, string field, CancellationToken ct = default)
    {
        if (field is not ("id" or "phone"))
            throw new InvalidInputException("field", Loc.T("只能查看 id（身份证号码）或 phone（电话）",
                "Only id (ID number) or phone can be revealed"));
        var p = await db.People.AsNoTracking().SingleOrDefaultAsync(x => x.Id == id, ct)
            ?? throw new NotFoundException(Loc.T("人员", "Person"));
        var cipher = field == "id" ? p.IdCipher : p.PhoneCipher;
        db.AddAuditEvent(AuditEvents.View, nameof(Person), p.Id.ToString(), p.NodePath, details: new { field });
        await db.SaveChangesAsync(ct);
        return new Result(field, cipher is null ? null : protector.Decrypt(cipher));
    }
}
