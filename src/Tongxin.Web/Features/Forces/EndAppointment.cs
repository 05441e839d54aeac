
namespace Tongxin.Web.Features.Forces;

/// <summary>
/// 离任: end a town or village appointment; the row stays for history and the coverage view updates.
/// </summary>
public sealed class EndAppointment(TongxinDb db, TimeProvider clock) : IHandler
{
    public async Task HandleAsync(Guid id, CancellationToken ct = default)
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        if (await db.TownOfficers.SingleOrDefaultAsync(o => o.Id == id && o.EndedOn == null, ct) is { } officer)
            officer.EndedOn = today;
        else if (await db.VillageLiaisons.SingleOrDefaultAsync(o => o.Id == id && o.EndedOn == null, ct) is { } liaison)
            liaison.EndedOn = today;
        else throw new NotFoundException(Loc.T("任职记录", "Appointment"));
        await db.SaveChangesAsync(ct);
    }
}
